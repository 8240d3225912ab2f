package cn.tuoyu.families;

import static cn.tuoyu.families.FamilyFixtures.consentingResident;
import static cn.tuoyu.families.FamilyFixtures.registerChild;
import static cn.tuoyu.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import cn.tuoyu.facilities.FacilityFixtures;
import cn.tuoyu.guidance.GuidanceFixtures;
import cn.tuoyu.testing.AgainstTheApp;
import cn.tuoyu.testing.Api;
import cn.tuoyu.testing.IntegrationEnvironment;
import cn.tuoyu.testing.TestTokens;
import cn.tuoyu.vouchers.VoucherFixtures;

/**
 * Issue 11: a guardian withdraws consent while the family has a scheduled home visit, a booked seat, a waitlist
 * place and vouchers. Everything open is closed the way a cancellation closes it, in the withdrawal's one
 * transaction, and the staff's lists, exports, attendance and settlement keep working, showing the erased child as
 * anonymised.
 */
class WithdrawalIT extends AgainstTheApp {

    static final String HAIMEN = "320614";
    static final String ANONYMISED = "已匿名";

    @Test
    void withdrawalClosesWhatTheFamilyHadOpenAndStaffListsShowTheChildAsAnonymised() throws Exception {
        String parent = consentingResident(api);
        String infant = registerChild(api, parent, 6, HAIMEN);
        String attendee = registerChild(api, parent, 5, HAIMEN);
        String toddler = registerChild(api, parent, 20, HAIMEN);
        String coGuardian = consentingResident(api);
        String shared = registerChild(api, parent, 8, HAIMEN);
        String code = api.post("/api/children/" + shared + "/invitations", parent, "").json().getString("code");
        assertEquals(200, api.post("/api/guardian-invitations/" + code + "/acceptance", coGuardian,
                """
                        {"relation": "FATHER"}""").status());

        // a full class: the infant holds its only seat, another family waits behind it
        String full = GuidanceFixtures.publishedClass(api, HAIMEN, 1, 0, 12, 5);
        String booking = created(GuidanceFixtures.tryBook(api, parent, full, infant)).getString("id");
        String waiting = consentingResident(api);
        String waitingEntry = created(GuidanceFixtures.tryJoinWaitlist(api, waiting, full,
                registerChild(api, waiting, 4, HAIMEN))).getString("id");
        // another full class, where the infant waits
        String other = GuidanceFixtures.publishedClass(api, HAIMEN, 1, 0, 12, 6);
        String holder = consentingResident(api);
        created(GuidanceFixtures.tryBook(api, holder, other, registerChild(api, holder, 3, HAIMEN)));
        String infantEntry = created(GuidanceFixtures.tryJoinWaitlist(api, parent, other, infant)).getString("id");
        // a class already under way, with a seat the staff have not yet marked: it starts in minutes, and the
        // app's clock is let run past its start (and no further: the other classes and the visit stay ahead)
        String started = GuidanceFixtures.publish(api, HAIMEN, 5, 0, 12, GuidanceFixtures.soon());
        String startedBooking = created(GuidanceFixtures.tryBook(api, parent, started, attendee)).getString("id");
        GuidanceFixtures.startClass(api, clock, started);

        // a scheduled home visit of the infant, and an open one of the shared child requested by the co-guardian
        String street = "示例街道-" + UUID.randomUUID().toString().substring(0, 8);
        String visit = created(api.post("/api/visits", parent, visitJson(infant, street, "示例路1号"))).getString("id");
        String sharedVisit = created(api.post("/api/visits", coGuardian, visitJson(shared, street, "示例路2号")))
                .getString("id");
        String staffId = "health-" + UUID.randomUUID();
        String coordinator = health("coord-" + UUID.randomUUID(), true);
        assertEquals(200, api.get("/api/me", health(staffId, false)).status(), "the assignee is known to the district");
        assertEquals(200, api.put("/api/staff/visits/" + visit + "/assignee", coordinator,
                GuidanceFixtures.assigneeBody(staffId)).status());
        OffsetDateTime at = OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(3).truncatedTo(ChronoUnit.HOURS);
        assertEquals("SCHEDULED", ok(api.put("/api/staff/visits/" + visit + "/schedule", health(staffId, false),
                window(at))).json().getString("state"));
        assertEquals(0, remaining(parent, infant, "GUIDANCE_SESSION"), "booking and visit hold both sessions");

        // two vouchers of the toddler, reserving hourly care: one redeemed at a filed facility, one not
        String batch = VoucherFixtures.publishedBatch(api, HAIMEN, 5, 2, true);
        String facility = FacilityFixtures.filed(api, HAIMEN);
        String unredeemed = VoucherFixtures.claim(api, parent, toddler, batch).getString("id");
        String redeemed = VoucherFixtures.claim(api, parent, toddler, batch).getString("id");
        assertEquals(201, VoucherFixtures.redeem(api, facility, VoucherFixtures.scanned(
                VoucherFixtures.codeText(api, parent, redeemed)), null).status());
        assertEquals(2, remaining(parent, toddler, "HOURLY_CARE"));

        // what the page shows before asking again: which children would be erased, masked
        JsonArray preview = ok(api.get("/api/consents/children-data/withdrawal", parent)).array();
        assertEquals(4, preview.size(), preview::toString);
        for (JsonValue child : preview) {
            JsonObject c = child.asJsonObject();
            assertEquals(!c.getString("childId").equals(shared), c.getBoolean("erased"), c::toString);
            assertEquals("测**宝", c.getString("maskedName"));
        }
        assertProblem(api.get("/api/consents/children-data/withdrawal", TestTokens.resident()), 422,
                "children-data-consent-required");

        assertEquals(204, api.delete("/api/consents/children-data", parent).status());

        // the roster, its export, the attendee lists and attendance keep working and say who was erased
        List<JsonObject> roster = GuidanceFixtures.roster(api, coordinator, "subDistrict=" + encode(street));
        assertEquals(2, roster.size(), roster::toString);
        JsonObject erasedVisit = byId(roster, visit);
        assertEquals(ANONYMISED, erasedVisit.getString("maskedName"));
        assertTrue(erasedVisit.getBoolean("anonymised"));
        assertEquals("CANCELLED", erasedVisit.getString("state"));
        assertTrue(absent(erasedVisit, "ageInMonths") && absent(erasedVisit, "address"), erasedVisit::toString);
        JsonObject keptVisit = byId(roster, sharedVisit);
        assertFalse(keptVisit.getBoolean("anonymised"));
        assertTrue(keptVisit.getString("maskedName").contains("*"));
        assertEquals(ANONYMISED, ok(api.get("/api/staff/visits/" + visit, coordinator)).json()
                .getString("maskedName"));

        Api.Reply csv = api.send(api.request("/api/staff/visits/export?subDistrict=" + encode(street), coordinator)
                .setHeader("Accept", "text/csv").GET());
        assertEquals(200, csv.status(), csv::toString);
        CSVRecord row = csv(csv.body()).stream().filter(r -> r.get("编号").equals(visit)).findFirst().orElseThrow();
        assertEquals(ANONYMISED, row.get("儿童"));
        assertEquals("", row.get("月龄"));
        assertEquals("", row.get("地址"));
        assertEquals("CANCELLED", row.get("状态"));

        String staff = TestTokens.health(HAIMEN);
        assertEquals(0, ok(api.get("/api/staff/classes/" + full + "/attendees", staff)).array().size(),
                "the cancelled seat is not listed");
        JsonArray underWay = ok(api.get("/api/staff/classes/" + started + "/attendees", staff)).array();
        JsonObject erasedAttendee = underWay.getJsonObject(0);
        assertEquals(ANONYMISED, erasedAttendee.getString("maskedName"));
        assertTrue(erasedAttendee.getBoolean("anonymised"));
        assertTrue(absent(erasedAttendee, "ageInMonths"), erasedAttendee::toString);
        assertEquals("BOOKED", erasedAttendee.getString("state"),
                "a class under way is left to the staff's attendance");
        assertEquals("ATTENDED", ok(api.put("/api/staff/classes/" + started + "/bookings/" + startedBooking
                + "/attendance", staff, GuidanceFixtures.ATTENDED)).json().getString("state"));

        // who is erased, who is kept
        for (String erased : List.of(infant, attendee, toddler)) {
            assertEquals(1, count("SELECT count(*) FROM children WHERE id = '" + erased
                    + "' AND anonymised_at IS NOT NULL AND name IS NULL"), erased);
        }
        assertEquals(shared, ok(api.get("/api/children/" + shared, coGuardian)).json().getString("id"),
                "a child whose other guardian still consents is kept");
        assertEquals(0,
                count("SELECT count(*) FROM children WHERE id = '" + shared + "' AND anonymised_at IS NOT NULL"));

        // the seat went to the waiting family, as a cancellation would have given it
        assertEquals("CANCELLED", one("SELECT state FROM class_bookings WHERE id = '" + booking + "'"));
        assertEquals("OFFERED", waitlistEntry(waiting, waitingEntry).getString("state"));
        assertEquals(1, count("SELECT seats_taken FROM parent_classes WHERE id = '" + full + "'"),
                "the freed seat is held for the offer");
        assertEquals(201, api.post("/api/waitlist/" + waitingEntry + "/acceptance", waiting, "").status());
        assertEquals("WITHDRAWN", one("SELECT state FROM class_waitlist WHERE id = '" + infantEntry + "'"));
        assertEquals(1, count("SELECT seats_taken FROM parent_classes WHERE id = '" + other + "'"));

        // the visit is cancelled and the family's address gone; the co-guardian's visit stands
        assertEquals("CANCELLED", one("SELECT state FROM home_visits WHERE id = '" + visit + "'"));
        assertEquals(0, count("SELECT count(*) FROM home_visits WHERE child_id = '" + infant
                + "' AND (address_cipher IS NOT NULL OR family_note IS NOT NULL)"));
        assertEquals("REQUESTED", one("SELECT state FROM home_visits WHERE id = '" + sharedVisit + "'"));

        // reservations released; the redeemed voucher's consumption stays for settlement
        assertEquals(0, count("SELECT count(*) FROM entitlement_entries WHERE child_id IN ('" + infant + "', '"
                + toddler + "') AND state = 'RESERVED'"));
        assertEquals(2, count("SELECT count(*) FROM entitlement_entries WHERE child_id = '" + infant
                + "' AND state = 'RELEASED' AND release_reason = 'CANCELLATION'"));
        assertEquals(0, count("SELECT used FROM entitlement_counters WHERE child_id = '" + infant + "'"));
        assertEquals(1, count("SELECT used FROM entitlement_counters WHERE child_id = '" + toddler + "'"));
        assertEquals("RELEASED", one("SELECT e.state FROM entitlement_entries e JOIN vouchers v "
                + "ON v.reservation_id = e.id WHERE v.id = '" + unredeemed + "'"));
        assertEquals("CONSUMED", one("SELECT e.state FROM entitlement_entries e JOIN vouchers v "
                + "ON v.reservation_id = e.id WHERE v.id = '" + redeemed + "'"));

        // the unredeemed voucher is cancelled, the redeemed one stays; the batch still issued both
        assertEquals("CANCELLED", one("SELECT state FROM vouchers WHERE id = '" + unredeemed + "'"));
        assertEquals("REDEEMED", one("SELECT state FROM vouchers WHERE id = '" + redeemed + "'"));
        assertEquals(2, count("SELECT issued FROM voucher_batches WHERE id = '" + batch + "' AND issued <= quantity"));
        assertEquals(List.of("CLAIMED", "CANCELLED"), audit(unredeemed));
        assertEquals(List.of("CLAIMED", "REDEEMED"), audit(redeemed));
        JsonObject funnel = ok(api.get("/api/voucher-batches/" + batch, TestTokens.health(HAIMEN))).json();
        assertEquals(2, funnel.getInt("issued"));
        assertEquals(1, funnel.getInt("redeemed"));
        assertProblem(api.get("/api/vouchers/" + unredeemed + "/code", parent), 422, "voucher-cancelled");

        // settlement and the facility's history still count the redemption
        String month = YearMonth.from(clock.now().atZone(ZoneId.of("Asia/Shanghai"))).toString();
        JsonArray lines = ok(api.get("/api/settlements?month=" + month, TestTokens.facility(facility))).array();
        assertEquals(1, lines.getJsonObject(0).getInt("redemptions"), lines::toString);
        Api.Reply settlementCsv = api.send(api.request("/api/settlements/csv?month=" + month,
                TestTokens.facility(facility)).setHeader("Accept", "text/csv").GET());
        assertEquals(200, settlementCsv.status(), settlementCsv::toString);
        assertEquals("1", csv(settlementCsv.body()).get(0).get(5));
        assertEquals(200, api.get("/api/settlements?month=" + month, staff).status());
        JsonArray history = ok(api.get("/api/redemptions?month=" + month, TestTokens.facility(facility))).array();
        assertEquals(redeemed, history.getJsonObject(0).getString("voucherId"));

        // the guardian is no longer processed; the co-guardian is
        assertProblem(api.get("/api/children/" + shared, parent), 422, "children-data-consent-required");
        assertEquals(200, api.get("/api/staff/children/" + shared + "?purpose=HOME_VISIT", staff).status());
    }

    @Test
    void aWithdrawalThatFailsHalfwayChangesNothing() throws Exception {
        String parent = consentingResident(api);
        String infant = registerChild(api, parent, 6, HAIMEN);
        String toddler = registerChild(api, parent, 22, HAIMEN);
        String clazz = GuidanceFixtures.publishedClass(api, HAIMEN, 3, 0, 12, 5);
        String booking = created(GuidanceFixtures.tryBook(api, parent, clazz, infant)).getString("id");
        String voucher = VoucherFixtures.claim(api, parent, toddler,
                VoucherFixtures.publishedBatch(api, HAIMEN, 5, 1, true)).getString("id");

        String guard = "refuse_" + UUID.randomUUID().toString().replace("-", "");
        execute("CREATE FUNCTION " + guard + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                + "RAISE EXCEPTION 'refused for the test'; END $$");
        execute("CREATE TRIGGER " + guard + " BEFORE UPDATE ON vouchers FOR EACH ROW WHEN (OLD.id = '" + voucher
                + "') EXECUTE FUNCTION " + guard + "()");
        try {
            assertProblem(api.delete("/api/consents/children-data", parent), 500);
        } finally {
            execute("DROP TRIGGER " + guard + " ON vouchers");
            execute("DROP FUNCTION " + guard + "()");
        }
        assertEquals(2, ok(api.get("/api/children", parent)).array().size(), "consent and children stand");
        assertEquals("BOOKED", one("SELECT state FROM class_bookings WHERE id = '" + booking + "'"));
        assertEquals(1, count("SELECT seats_taken FROM parent_classes WHERE id = '" + clazz + "'"));
        assertEquals(1, remaining(parent, infant, "GUIDANCE_SESSION"));
        assertEquals("CLAIMED", one("SELECT state FROM vouchers WHERE id = '" + voucher + "'"));

        assertEquals(204, api.delete("/api/consents/children-data", parent).status());
        assertEquals("CANCELLED", one("SELECT state FROM class_bookings WHERE id = '" + booking + "'"));
        assertEquals(0, count("SELECT seats_taken FROM parent_classes WHERE id = '" + clazz + "'"),
                "nobody waits: the seat goes back");
        assertEquals("CANCELLED", one("SELECT state FROM vouchers WHERE id = '" + voucher + "'"));
        assertEquals(2, count("SELECT count(*) FROM children WHERE id IN ('" + infant + "', '" + toddler
                + "') AND anonymised_at IS NOT NULL"));
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    static String visitJson(String child, String street, String address) {
        OffsetDateTime start = OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(2).truncatedTo(ChronoUnit.HOURS);
        return Json.createObjectBuilder().add("childId", child).add("subDistrict", street).add("address", address)
                .add("preferredWindows", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("start", start.toString()).add("end", start.plusHours(2).toString())))
                .build()
                .toString();
    }

    static String window(OffsetDateTime start) {
        return Json.createObjectBuilder().add("start", start.toString()).add("end", start.plusHours(1).toString())
                .build().toString();
    }

    static String health(String subject, boolean coordinator) {
        List<String> roles = coordinator
                ? List.of("health-commission", "visit-coordinator")
                : List.of("health-commission");
        return TestTokens.sign(TestTokens.claims(subject, roles, java.util.Map.of("district", HAIMEN)).build());
    }

    int remaining(String parent, String child, String kind) {
        return ok(api.get("/api/children/" + child + "/entitlements", parent)).array().stream()
                .map(JsonValue::asJsonObject).filter(e -> e.getString("serviceKind").equals(kind)).findFirst()
                .map(e -> e.getInt("remaining")).orElse(0);
    }

    JsonObject waitlistEntry(String parent, String entryId) {
        return byId(ok(api.get("/api/waitlist", parent)).array(), entryId);
    }

    static JsonObject byId(List<? extends JsonValue> array, String id) {
        return array.stream().map(JsonValue::asJsonObject).filter(e -> e.getString("id").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in " + array));
    }

    static boolean absent(JsonObject json, String key) {
        return !json.containsKey(key) || json.isNull(key);
    }

    static JsonObject created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }

    static Api.Reply ok(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply;
    }

    static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static List<CSVRecord> csv(String body) throws Exception {
        String text = body.startsWith("\uFEFF") ? body.substring(1) : body;
        return CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
                .getRecords();
    }

    static List<String> audit(String voucher) throws SQLException {
        try (Connection db = IntegrationEnvironment.connect();
                PreparedStatement s = db.prepareStatement(
                        "SELECT action FROM voucher_audit WHERE voucher_id = ? ORDER BY id")) {
            s.setObject(1, UUID.fromString(voucher));
            List<String> actions = new java.util.ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    actions.add(r.getString(1));
                }
            }
            return actions;
        }
    }

    static String one(String sql) throws SQLException {
        try (Connection db = IntegrationEnvironment.connect();
                PreparedStatement s = db.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            assertTrue(r.next(), sql);
            return r.getString(1);
        }
    }

    static long count(String sql) throws SQLException {
        return Long.parseLong(one(sql));
    }

    static void execute(String sql) throws SQLException {
        try (Connection db = IntegrationEnvironment.connect(); PreparedStatement s = db.prepareStatement(sql)) {
            s.execute();
        }
    }
}
