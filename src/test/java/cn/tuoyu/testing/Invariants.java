package cn.tuoyu.testing;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The invariants money and fairness depend on, read straight from the database after a storm, a crash or a random
 * mix: vouchers issued, redemptions, seats, waitlist offers and guidance units. Shared by the fault tests.
 */
public final class Invariants {

    /** Opens a connection to the database under test. */
    @FunctionalInterface
    public interface Connector {

        Connection connect() throws SQLException;
    }

    private final Connector database;

    public Invariants(Connector database) {
        this.database = database;
    }

    public void batch(String batch, int quantity, int perChild) throws SQLException {
        long vouchers = count("SELECT count(*) FROM vouchers WHERE batch_id = '" + batch + "'");
        assertEquals(vouchers, count("SELECT issued FROM voucher_batches WHERE id = '" + batch + "'"),
                "issued = vouchers");
        assertTrue(vouchers <= quantity, "never more than the quantity");
        assertEquals(vouchers, count("SELECT count(DISTINCT serial) FROM vouchers WHERE batch_id = '" + batch
                + "' AND serial BETWEEN 1 AND " + quantity));
        assertEquals(0, count("SELECT count(*) FROM (SELECT child_id FROM vouchers WHERE batch_id = '" + batch
                + "' GROUP BY child_id HAVING count(*) > " + perChild + ") over"));
    }

    /**
     * Seats, bookings, waitlist offers and guidance units agree. Each check names the database guard without which it
     * could fail under the concurrent mix; all are checked, and every broken one is reported.
     */
    public void guidance(List<String> classes) {
        String counts = "SELECT c.id, c.capacity, c.seats_taken, (SELECT count(*) FROM class_bookings b "
                + "WHERE b.class_id = c.id AND b.state = 'BOOKED') AS booked, (SELECT count(*) FROM class_waitlist w "
                + "WHERE w.class_id = c.id AND w.state = 'OFFERED') AS offered FROM parent_classes c WHERE c.id IN ("
                + quoted(classes) + ")";
        assertAll("guidance invariants",
                // conditional UPDATE ... SET seats_taken = seats_taken + 1 WHERE seats_taken < capacity; the CHECK
                () -> assertNone("SELECT count(*) FROM (" + counts + ") k WHERE k.booked > k.capacity",
                        "never more live bookings than seats"),
                // a seat is freed only by the UPDATE ... WHERE state = 'BOOKED' (cancel, booking row locked) or
                // WHERE state IN ('WAITING', 'OFFERED') (withdraw) that wins; accepted only WHERE state = 'OFFERED'
                () -> assertNone("SELECT count(*) FROM (" + counts + ") k WHERE k.seats_taken <> k.booked + k.offered",
                        "the seat counter is the live bookings plus the seats held by open offers"),
                () -> assertNone("SELECT count(*) FROM (" + counts + ") k WHERE k.offered > k.capacity - k.booked",
                        "waitlist offers never exceed the freed seats"),
                // unique index class_bookings_child_once (class_id, child_id) WHERE state <> 'CANCELLED'
                () -> assertNone("SELECT count(*) FROM (SELECT class_id, child_id FROM class_bookings "
                        + "WHERE state <> 'CANCELLED' GROUP BY class_id, child_id HAVING count(*) > 1) twice",
                        "no child holds two live bookings in one class"),
                // unique index class_waitlist_child_once (class_id, child_id) WHERE state IN ('WAITING', 'OFFERED')
                () -> assertNone("SELECT count(*) FROM (SELECT class_id, child_id FROM class_waitlist "
                        + "WHERE state IN ('WAITING', 'OFFERED') GROUP BY class_id, child_id HAVING count(*) > 1) "
                        + "twice", "no child holds two open waitlist places in one class"),
                // one transaction per booking (reserve, insert, take the seat) and per cancellation (close, release);
                // release only WHERE state = 'RESERVED'
                () -> assertNone("SELECT count(*) FROM class_bookings b JOIN entitlement_entries e "
                        + "ON e.id = b.reservation_id WHERE e.child_id <> b.child_id OR e.reason <> 'CLASS_BOOKING' "
                        + "OR e.service_kind <> 'GUIDANCE_SESSION' OR NOT ((b.state = 'BOOKED' AND e.state = "
                        + "'RESERVED') OR (b.state = 'CANCELLED' AND e.state = 'RELEASED' "
                        + "AND e.release_reason = 'CANCELLATION'))",
                        "a live booking holds a reserved guidance unit, a cancelled one has released it"),
                () -> assertNone("SELECT count(*) FROM entitlement_entries e WHERE e.reason = 'CLASS_BOOKING' "
                        + "AND NOT EXISTS (SELECT 1 FROM class_bookings b WHERE b.reservation_id = e.id)",
                        "a booking that lost its seat race left no reservation behind"),
                // conditional UPDATE ... SET used = used + 1 WHERE used < granted; CHECK (used <= granted)
                () -> assertNone("SELECT count(*) FROM entitlement_counters k WHERE k.used <> (SELECT count(*) "
                        + "FROM entitlement_entries e WHERE e.child_id = k.child_id AND e.service_kind = "
                        + "k.service_kind AND e.window_start = k.window_start AND e.state IN ('RESERVED', 'CONSUMED'))",
                        "each counter counts exactly the units reserved or consumed (none leaked, none freed twice)"),
                () -> assertNone("SELECT count(*) FROM (SELECT child_id, count(*) AS live FROM class_bookings "
                        + "WHERE state = 'BOOKED' GROUP BY child_id) l JOIN entitlement_counters k "
                        + "ON k.child_id = l.child_id AND k.service_kind = 'GUIDANCE_SESSION' WHERE l.live > k.granted",
                        "no child holds more live bookings than guidance sessions granted"),
                () -> assertNone("SELECT count(*) FROM class_waitlist w JOIN class_bookings b ON b.id = w.booking_id "
                        + "WHERE w.state = 'ACCEPTED' AND (b.class_id <> w.class_id OR b.child_id <> w.child_id)",
                        "an accepted offer became a booking of that child in that class"));
    }

    private void assertNone(String countSql, String invariant) throws SQLException {
        assertEquals(0, count(countSql), invariant);
    }

    public static String quoted(List<String> ids) {
        return String.join(", ", ids.stream().map(id -> "'" + id + "'").toList());
    }

    public void redemptions() throws SQLException {
        assertEquals(0,
                count("SELECT count(*) FROM (SELECT voucher_id FROM voucher_redemptions WHERE voided_at IS NULL "
                        + "GROUP BY voucher_id HAVING count(*) > 1) twice"),
                "one live redemption per voucher");
        assertEquals(0, count("SELECT count(*) FROM vouchers v WHERE (v.state = 'REDEEMED') <> EXISTS (SELECT 1 "
                + "FROM voucher_redemptions r WHERE r.voucher_id = v.id AND r.voided_at IS NULL)"),
                "a voucher is redeemed exactly when it has a live redemption");
    }

    public String single(String sql) throws SQLException {
        try (Connection c = database.connect(); ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    public long count(String sql) throws SQLException {
        return Long.parseLong(single(sql));
    }
}
