package cn.tuoyu.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * What the integration tests do to the database under test behind the app's back, by name: set a district rule the
 * API does not expose, load the demo data, and count what the API does not show. Every value is a bound parameter;
 * ids are bound as {@link UUID}. Time is not moved here: a test lets it pass with {@link TestClock}.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** As if the booking's day-before reminder had not been written yet: the next scan looks at it again. */
    public static void forgetClassReminder(String bookingId) {
        update("UPDATE class_bookings SET reminded_at = NULL WHERE id = ?", uuid(bookingId));
    }

    // ---- rules and rows the API does not write ----------------------------------------------------------------

    /** The district chose to give a no-show's guidance session back ({@code guidance_district_rules}). */
    public static void giveBackNoShowSessions(String district) {
        update("INSERT INTO guidance_district_rules (district_code, no_show) VALUES (?, 'RELEASE') "
                + "ON CONFLICT (district_code) DO UPDATE SET no_show = 'RELEASE'", district);
    }

    /**
     * The submitted application lost its hygiene evaluation and the facility has since said it serves meals: as the
     * demo's pending filing, and any filed before submission checked materials.
     */
    public static void loseHygieneEvaluationAndServeMeals(String facilityId, String applicationId) {
        update("DELETE FROM facility_materials WHERE application_id = ? AND kind = 'HYGIENE_EVALUATION'",
                uuid(applicationId));
        update("UPDATE facilities SET serves_meals = true WHERE id = ?", uuid(facilityId));
    }

    /** Runs a repeatable demo-data script (e.g. {@code src/main/resources/db/demo/R__demo_guidance.sql}). */
    public static void runScript(Path script) {
        try (Connection c = IntegrationEnvironment.connect(); Statement s = c.createStatement()) {
            s.execute(Files.readString(script));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- counts of what the API does not show ------------------------------------------------------------------

    public static long classesWithTopic(String topic) {
        return count("SELECT count(*) FROM parent_classes WHERE topic = ?", topic);
    }

    public static long seatsTaken(String classId) {
        return count("SELECT seats_taken FROM parent_classes WHERE id = ?", uuid(classId));
    }

    /** Classes among these whose seat counter is not zero. */
    public static long classesWithSeatsTaken(Collection<String> classIds) {
        return count("SELECT count(*) FROM parent_classes WHERE seats_taken <> 0 AND id = ANY (?)", uuids(classIds));
    }

    /** Waitlist entries of these classes holding an open offer. */
    public static long openOffers(Collection<String> classIds) {
        return count("SELECT count(*) FROM class_waitlist WHERE state = 'OFFERED' AND class_id = ANY (?)",
                uuids(classIds));
    }

    /** Bookings of the class in any state. */
    public static long bookings(String classId) {
        return count("SELECT count(*) FROM class_bookings WHERE class_id = ?", uuid(classId));
    }

    public static long bookings(String classId, String state) {
        return count("SELECT count(*) FROM class_bookings WHERE class_id = ? AND state = ?", uuid(classId), state);
    }

    /** Guidance reservations made for class bookings, over the children of the guardian who booked the class. */
    public static long classReservationsOfTheBookingGuardian(String classId) {
        return count("SELECT count(*) FROM entitlement_entries WHERE reason = 'CLASS_BOOKING' AND state = 'RESERVED' "
                + "AND child_id IN (SELECT child_id FROM guardianships WHERE subject = "
                + "(SELECT guardian_subject FROM class_bookings WHERE class_id = ? LIMIT 1))", uuid(classId));
    }

    /** Ledger entries of the children in this state, e.g. {@code CONSUMED}. */
    public static long entitlementEntries(Collection<String> childIds, String state) {
        return count("SELECT count(*) FROM entitlement_entries WHERE child_id = ANY (?) AND state = ?",
                uuids(childIds), state);
    }

    public static long entitlementEntriesByReason(String childId, String reason, String state) {
        return count("SELECT count(*) FROM entitlement_entries WHERE child_id = ? AND reason = ? AND state = ?",
                uuid(childId), reason, state);
    }

    /** Entries released for this reason, e.g. {@code CANCELLATION} or {@code NO_SHOW}. */
    public static long releasedEntries(String childId, String releaseReason) {
        return count("SELECT count(*) FROM entitlement_entries WHERE child_id = ? AND state = 'RELEASED' "
                + "AND release_reason = ?", uuid(childId), releaseReason);
    }

    /** Staff reads of the child's data logged for this purpose (PIPL art. 51). */
    public static long accessLogEntries(String childId, String purpose) {
        return count("SELECT count(*) FROM child_access_log WHERE child_id = ? AND purpose = ?", uuid(childId),
                purpose);
    }

    public static long homeVisitsIn(String subDistrict) {
        return count("SELECT count(*) FROM home_visits WHERE sub_district = ?", subDistrict);
    }

    /** The visit's row as text, and its stored address bytes. */
    public record StoredVisit(String row, byte[] addressCipher) {
    }

    public static StoredVisit storedVisit(String visitId) {
        try (Connection db = IntegrationEnvironment.connect();
                PreparedStatement s = db.prepareStatement(
                        "SELECT v::text, address_cipher FROM home_visits v WHERE id = ?")) {
            s.setObject(1, uuid(visitId));
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new AssertionError("no home visit " + visitId);
                }
                return new StoredVisit(r.getString(1), r.getBytes(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean migrationApplied(String version) {
        return count("SELECT count(*) FROM flyway_schema_history WHERE version = ? AND success", version) == 1;
    }

    /** Calendar subscriptions of the guardian of the child. */
    public static long calendarFeedsOfTheGuardianOf(String childId) {
        return count("SELECT count(*) FROM calendar_feeds WHERE subject = "
                + "(SELECT subject FROM guardianships WHERE child_id = ?)", uuid(childId));
    }

    /** Whether the reminder scan marked the booking reminded. */
    public static boolean classReminded(String bookingId) {
        return count("SELECT count(*) FROM class_bookings WHERE id = ? AND reminded_at IS NOT NULL",
                uuid(bookingId)) == 1;
    }

    public static long facilities(String facilityId) {
        return count("SELECT count(*) FROM facilities WHERE id = ?", uuid(facilityId));
    }

    public static long decisionsOn(String applicationId) {
        return count("SELECT count(*) FROM facility_decisions WHERE application_id = ?", uuid(applicationId));
    }

    public static long vouchersOf(String batchId) {
        return count("SELECT count(*) FROM vouchers WHERE batch_id = ?", uuid(batchId));
    }

    public static long issued(String batchId) {
        return count("SELECT issued FROM voucher_batches WHERE id = ?", uuid(batchId));
    }

    public static long voucherBatches() {
        return count("SELECT count(*) FROM voucher_batches");
    }

    /** Children of the batch holding more vouchers than the limit. */
    public static long childrenAboveLimit(String batchId, int perChild) {
        return count("SELECT count(*) FROM (SELECT child_id FROM vouchers WHERE batch_id = ? GROUP BY child_id "
                + "HAVING count(*) > ?) over", uuid(batchId), perChild);
    }

    /** Distinct serials of the batch within 1..quantity. */
    public static long distinctSerials(String batchId, int quantity) {
        return count("SELECT count(DISTINCT serial) FROM vouchers WHERE batch_id = ? AND serial BETWEEN 1 AND ?",
                uuid(batchId), quantity);
    }

    public static long redemptionsOf(String voucherId) {
        return count("SELECT count(*) FROM voucher_redemptions WHERE voucher_id = ?", uuid(voucherId));
    }

    public static String voucherState(String voucherId) {
        return strings("SELECT state FROM vouchers WHERE id = ?", uuid(voucherId)).get(0);
    }

    public static byte[] voucherSecret(String voucherId) {
        try (Connection c = IntegrationEnvironment.connect();
                PreparedStatement s = c.prepareStatement(
                        "SELECT secret FROM vouchers WHERE id = ?")) {
            s.setObject(1, uuid(voucherId));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getBytes(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The voucher's audit actions in the order written. */
    public static List<String> auditActions(String voucherId) {
        return strings("SELECT action FROM voucher_audit WHERE voucher_id = ? ORDER BY id", uuid(voucherId));
    }

    /** Places taken on the counter of the facility's slot starting then. */
    public static long careSlotTaken(String facilityId, java.time.Instant start) {
        return count("SELECT coalesce(sum(taken), 0) FROM hourly_care_slots WHERE facility_id = ? AND starts_at = ?",
                uuid(facilityId), start.atOffset(java.time.ZoneOffset.UTC));
    }

    /** Sessions of the facility in a state. */
    public static long careSessions(String facilityId, String state) {
        return count("SELECT count(*) FROM hourly_care_sessions WHERE facility_id = ? AND state = ?",
                uuid(facilityId), state);
    }

    /** People named to pick the child of the hourly-care session up. */
    public static long carePickups(String sessionId) {
        return count("SELECT count(*) FROM hourly_care_pickups WHERE session_id = ?", uuid(sessionId));
    }

    /** The hourly-care session's audit actions in the order written. */
    public static List<String> careAuditActions(String sessionId) {
        return strings("SELECT action FROM hourly_care_audit WHERE session_id = ? ORDER BY id", uuid(sessionId));
    }

    // ---- the database's own refusals -----------------------------------------------------------------------------

    /**
     * Runs a write that a constraint or trigger must refuse; returns the refusal, or {@code null} if the database
     * accepted it. For tests whose subject is the constraint itself.
     */
    public static SQLException refusalOf(String sql, Object... parameters) {
        try {
            update(sql, parameters);
            return null;
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof SQLException refused) {
                return refused;
            }
            throw e;
        }
    }

    // ---- notifications ------------------------------------------------------------------------------------------

    /** How many notices the event wrote (to anyone). */
    public static long notices(String eventKey) {
        return count("SELECT count(*) FROM notification WHERE event_key = ?", eventKey);
    }

    /** "CHANNEL STATE attempts" of each delivery of the event's notices, ordered by channel. */
    public static List<String> deliveries(String eventKey) {
        return strings("SELECT d.channel || ' ' || d.state || ' ' || d.attempts FROM notification_delivery d "
                + "JOIN notification n ON n.id = d.notification_id WHERE n.event_key = ? ORDER BY d.channel, d.id",
                eventKey);
    }

    /** The id of the event's delivery on the channel. */
    public static String deliveryId(String eventKey, String channel) {
        return strings("SELECT d.id::text FROM notification_delivery d JOIN notification n ON n.id = "
                + "d.notification_id WHERE n.event_key = ? AND d.channel = ?", eventKey, channel).get(0);
    }

    /**
     * "STATE readable|scrubbed" of each direct SMS (no notification) to the number: whether its parameters (a pick-up
     * code) can still be read from the database.
     */
    public static List<String> directSms(String number) {
        return strings("SELECT state || ' ' || CASE WHEN params IS NULL THEN 'scrubbed' ELSE 'readable' END "
                + "FROM notification_delivery WHERE notification_id IS NULL AND to_address = ? ORDER BY id", number);
    }

    /** Whether the text appears in any notification or delivery row (a secret that must not stay readable). */
    public static long outboxRowsHolding(String text) {
        return count("SELECT (SELECT count(*) FROM notification_delivery d WHERE d::text LIKE '%' || ? || '%') "
                + "+ (SELECT count(*) FROM notification n WHERE n::text LIKE '%' || ? || '%')", text, text);
    }

    /** How many notices and deliveries still name the child (by the id kept only for its erasure). */
    public static long noticesAbout(String childId) {
        return count("SELECT (SELECT count(*) FROM notification WHERE child_id = ?::uuid) + (SELECT count(*) FROM "
                + "notification_delivery WHERE child_id = ?::uuid)", childId, childId);
    }

    /** When the event's delivery on the channel is next due to be sent (a held SMS: the end of quiet hours). */
    public static java.time.Instant deliveryDueAt(String eventKey, String channel) {
        return java.time.Instant.parse(strings("SELECT to_char(d.next_attempt_at AT TIME ZONE 'UTC', "
                + "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM notification_delivery d JOIN notification n ON n.id = "
                + "d.notification_id WHERE n.event_key = ? AND d.channel = ?", eventKey, channel).get(0));
    }

    // ---- plumbing ----------------------------------------------------------------------------------------------

    public static UUID uuid(String id) {
        return UUID.fromString(id);
    }

    /** The ids as one {@code uuid[]} parameter (typed Object, so that varargs keep it one parameter). */
    private static Object uuids(Collection<String> ids) {
        return ids.stream().map(UUID::fromString).toArray(UUID[]::new);
    }

    private static long count(String sql, Object... parameters) {
        try (Connection db = IntegrationEnvironment.connect();
                PreparedStatement s = bind(db, sql, parameters);
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> strings(String sql, Object... parameters) {
        try (Connection db = IntegrationEnvironment.connect();
                PreparedStatement s = bind(db, sql, parameters);
                ResultSet r = s.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (r.next()) {
                values.add(r.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(String sql, Object... parameters) {
        try (Connection db = IntegrationEnvironment.connect(); PreparedStatement s = bind(db, sql, parameters)) {
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PreparedStatement bind(Connection db, String sql, Object... parameters) throws SQLException {
        PreparedStatement s = db.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i] instanceof UUID[] ids) {
                s.setArray(i + 1, db.createArrayOf("uuid", ids));
            } else {
                s.setObject(i + 1, parameters[i]);
            }
        }
        return s;
    }
}
