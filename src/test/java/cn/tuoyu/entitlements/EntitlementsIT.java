package cn.tuoyu.entitlements;

import static cn.tuoyu.families.FamilyFixtures.consentingResident;
import static cn.tuoyu.families.FamilyFixtures.registerChild;
import static cn.tuoyu.families.FamilyFixtures.todayInChina;
import static cn.tuoyu.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import cn.tuoyu.guidance.GuidanceFixtures;
import cn.tuoyu.testing.AgainstTheApp;
import cn.tuoyu.testing.Api;
import cn.tuoyu.testing.IntegrationEnvironment;
import cn.tuoyu.testing.TestTokens;

/** Entitlements as residents and health staff meet them, rule versions, and the last-unit race on PostgreSQL. */
class EntitlementsIT extends AgainstTheApp {

    @Test
    void aGuardianSeesWhatEachChildMayStillUseUnderWhichRuleUntilWhen() {
        String parent = consentingResident(api);
        String infant = registerChild(api, parent, 6, "320614");
        String toddler = registerChild(api, parent, 20, "320614");
        int year = todayInChina().getYear();

        JsonArray infants = ok(api.get("/api/children/" + infant + "/entitlements", parent)).array();
        assertEquals(1, infants.size(), infants::toString);
        JsonObject guidance = infants.getJsonObject(0);
        assertEquals("GUIDANCE_SESSION", guidance.getString("serviceKind"));
        assertEquals(2, guidance.getInt("granted"));
        assertEquals(2, guidance.getInt("remaining"));
        assertEquals("CALENDAR_YEAR", guidance.getString("window"));
        assertEquals(year + "-01-01", guidance.getString("windowStart"));
        assertEquals(year + "-12-31", guidance.getString("validUntil"));
        JsonObject rule = guidance.getJsonObject("grantedBy");
        assertEquals("320614", rule.getString("districtCode"));
        assertEquals(0, rule.getInt("ageFromMonths"));
        assertEquals(12, rule.getInt("ageToMonths"));

        JsonObject care = ok(api.get("/api/children/" + toddler + "/entitlements", parent)).array()
                .getJsonObject(0);
        assertEquals("HOURLY_CARE", care.getString("serviceKind"));
        assertEquals(4, care.getInt("remaining"));
        assertProblem(api.get("/api/children/" + toddler + "/entitlements", consentingResident(api)), 404,
                "child-not-found");
    }

    @Test
    void healthStaffRecordSessionsUntilTheEntitlementIsUsedUp() {
        String parent = consentingResident(api);
        String child = registerChild(api, parent, 3, "320614");
        String staff = TestTokens.health("320614");
        String path = "/api/staff/children/" + child + "/ledger";

        Api.Reply first = api.post(path, staff, consumption("GUIDANCE_SESSION", "HOME_VISIT", "visit-1"));
        assertEquals(201, first.status(), first::toString);
        String entry = first.json().getString("id");
        assertTrue(first.header("Location").endsWith(path + "/" + entry));
        assertEquals("CONSUMED", ok(api.get(path + "/" + entry, staff)).json().getString("state"));
        Api.Reply retried = api.post(path, staff, consumption("GUIDANCE_SESSION", "HOME_VISIT", "visit-1"));
        assertEquals(entry, retried.json().getString("id"), "a retried request takes nothing more");
        assertEquals(201, api.post(path, staff, consumption("GUIDANCE_SESSION", "CLASS_BOOKING", "class-7")).status());
        assertProblem(api.post(path, staff, consumption("GUIDANCE_SESSION", "HOME_VISIT", "visit-2")), 422,
                "entitlement-exhausted");
        assertProblem(api.post(path, staff, consumption("HOURLY_CARE", "ATTENDANCE", "care-1")), 422, "not-entitled");
        assertProblem(api.post(path, staff, consumption("GUIDANCE_SESSION", "CANCELLATION", "x")), 400);
        assertProblem(api.post(path, staff, "{\"serviceKind\":\"GUIDANCE_SESSION\"}"), 400);
        assertProblem(api.post(path, TestTokens.health("410302"), consumption("GUIDANCE_SESSION", "HOME_VISIT",
                "v")), 404, "child-not-found");
        assertProblem(api.post(path, parent, consumption("GUIDANCE_SESSION", "HOME_VISIT", "v")), 403);

        JsonObject guidance = ok(api.get("/api/children/" + child + "/entitlements", parent)).array()
                .getJsonObject(0);
        assertEquals(2, guidance.getInt("used"));
        assertEquals(0, guidance.getInt("remaining"));
        JsonArray ledger = ok(api.get("/api/children/" + child + "/entitlements/ledger", parent)).array();
        assertEquals(2, ledger.size());
        assertEquals(2, ok(api.get(path, staff)).array().size());
    }

    @Test
    void healthStaffSeeTheirDistrictsCoverage() {
        String staff = TestTokens.health("320614");
        JsonObject before = guidanceCoverage(staff);
        String parent = consentingResident(api);
        String served = registerChild(api, parent, 4, "320614");
        registerChild(api, parent, 7, "320614");
        String path = "/api/staff/children/" + served + "/ledger";
        assertEquals(201, api.post(path, staff, consumption("GUIDANCE_SESSION", "HOME_VISIT", "cov-1")).status());
        JsonObject after = guidanceCoverage(staff);
        assertEquals(before.getInt("eligibleChildren") + 2, after.getInt("eligibleChildren"));
        assertEquals(before.getInt("childrenServed") + 1, after.getInt("childrenServed"));
        assertEquals(before.getInt("childrenFullyServed"), after.getInt("childrenFullyServed"));
        assertEquals(201, api.post(path, staff, consumption("GUIDANCE_SESSION", "HOME_VISIT", "cov-2")).status());
        assertEquals(before.getInt("childrenFullyServed") + 1, guidanceCoverage(staff).getInt("childrenFullyServed"));
        assertProblem(api.get("/api/districts/410302/coverage", staff), 404, "other-district");
        assertProblem(api.get("/api/districts/999999/coverage", staff), 404, "other-district");
        assertProblem(api.get("/api/districts/320614/coverage", parent), 403);
    }

    @Test
    void coverageShowsReservedSessionsApartFromConsumedOnes() {
        String staff = TestTokens.health("320614");
        JsonObject before = guidanceCoverage(staff);
        String parent = consentingResident(api);
        String child = registerChild(api, parent, 4, "320614");
        String clazz = GuidanceFixtures.publishedClass(api, "320614", 5, 0, 12, 3);
        Api.Reply booked = GuidanceFixtures.tryBook(api, parent, clazz, child);
        assertEquals(201, booked.status(), booked::toString);

        JsonObject reserved = guidanceCoverage(staff);
        assertEquals(before.getInt("childrenWithReserved") + 1, reserved.getInt("childrenWithReserved"));
        assertEquals(before.getInt("sessionsReserved") + 1, reserved.getInt("sessionsReserved"));
        assertEquals(before.getInt("childrenServed"), reserved.getInt("childrenServed"),
                "a booking is not yet a session received");
        assertEquals(before.getInt("sessionsConsumed"), reserved.getInt("sessionsConsumed"));

        assertEquals(201, api.post("/api/staff/children/" + child + "/ledger", staff,
                consumption("GUIDANCE_SESSION", "HOME_VISIT", "cov-r-1")).status());
        JsonObject served = guidanceCoverage(staff);
        assertEquals(before.getInt("childrenServed") + 1, served.getInt("childrenServed"));
        assertEquals(before.getInt("sessionsConsumed") + 1, served.getInt("sessionsConsumed"));
        assertEquals(before.getInt("sessionsReserved") + 1, served.getInt("sessionsReserved"), "still booked");
    }

    private JsonObject guidanceCoverage(String staff) {
        Api.Reply reply = api.get("/api/districts/320614/coverage", staff);
        assertEquals(200, reply.status(), reply::toString);
        return reply.array().stream().map(v -> v.asJsonObject())
                .filter(l -> l.getString("serviceKind").equals("GUIDANCE_SESSION")).findFirst().orElseThrow();
    }

    @Test
    void twoRequestsRacingForTheLastUnitExactlyOneWins() throws Exception {
        String parent = consentingResident(api);
        String child = registerChild(api, parent, 20, "320614");
        String path = "/api/staff/children/" + child + "/ledger";
        String staff = TestTokens.health("320614");
        for (int i = 0; i < 3; i++) {
            assertEquals(201, api.post(path, staff, consumption("HOURLY_CARE", "ATTENDANCE", "early-" + i)).status());
        }
        List<Integer> statuses = race(path, staff, "HOURLY_CARE", 12);
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses::toString);
        assertEquals(11, statuses.stream().filter(s -> s == 422).count(), statuses::toString);
        assertEquals(4, count("SELECT count(*) FROM entitlement_entries WHERE child_id = '" + child + "'"));
        assertEquals(4, count("SELECT used FROM entitlement_counters WHERE child_id = '" + child + "'"));
        assertEquals(0, ok(api.get("/api/children/" + child + "/entitlements", parent)).array()
                .getJsonObject(0).getInt("remaining"));

        String other = registerChild(api, parent, 1, "320614");
        List<Integer> fromScratch = race("/api/staff/children/" + other + "/ledger", staff, "GUIDANCE_SESSION", 10);
        assertEquals(2, fromScratch.stream().filter(s -> s == 201).count(), fromScratch::toString);
        assertEquals(2, count("SELECT count(*) FROM entitlement_entries WHERE child_id = '" + other + "'"));
    }

    @Test
    void theDatabaseRefusesMoreUnitsThanGrantedWhateverTheApplicationDoes() throws SQLException {
        String parent = consentingResident(api);
        String child = registerChild(api, parent, 2, "320614");
        assertEquals(201, api.post("/api/staff/children/" + child + "/ledger", TestTokens.health("320614"),
                consumption("GUIDANCE_SESSION", "HOME_VISIT", "v")).status());
        SQLException refused = assertThrows(SQLException.class, () -> execute(
                "UPDATE entitlement_counters SET used = granted + 1 WHERE child_id = '" + child + "'"));
        assertEquals("23514", refused.getSQLState(), "check violation");
        assertThrows(SQLException.class, () -> execute(
                "UPDATE entitlement_counters SET used = -1 WHERE child_id = '" + child + "'"));
    }

    @Test
    void rulesAreReadByAnyoneAndPublishedByTheDistrictsOwnStaff() {
        JsonArray seeded = ok(api.get("/api/districts/320614/entitlement-rules", TestTokens.resident())).array();
        JsonObject nantong = seeded.getJsonObject(0);
        assertEquals(1, nantong.getInt("version"));
        assertEquals(2, nantong.getJsonArray("rules").size());
        assertEquals(nantong, ok(api.get("/api/districts/320614/entitlement-rules/1", TestTokens.facility("f-1")))
                .json());
        assertProblem(api.get("/api/districts/320614/entitlement-rules/99", TestTokens.resident()), 404);
        assertProblem(api.get("/api/districts/000000/entitlement-rules", TestTokens.resident()), 404);

        String staff = TestTokens.health("410303");
        LocalDate today = todayInChina();
        String publish = rules(today, "HOURLY_CARE", 13, 36, 6);
        assertProblem(api.post("/api/districts/410303/entitlement-rules", TestTokens.health("410302"), publish), 404,
                "other-district");
        assertProblem(api.post("/api/districts/999999/entitlement-rules", staff, publish), 404, "other-district");
        assertProblem(api.post("/api/districts/410303/entitlement-rules", TestTokens.resident(), publish), 403);
        assertProblem(api.post("/api/districts/410303/entitlement-rules", staff,
                rules(today.minusDays(1), "HOURLY_CARE", 13, 36, 6)), 422, "effective-date-in-past");
        assertProblem(api.post("/api/districts/410303/entitlement-rules", staff,
                "{\"effectiveFrom\":\"" + today + "\",\"rules\":[" + rule("HOURLY_CARE", 13, 24, 2) + ","
                        + rule("HOURLY_CARE", 24, 36, 2) + "]}"),
                422, "invalid-entitlement-rules");
        assertProblem(api.post("/api/districts/410303/entitlement-rules", staff,
                "{\"effectiveFrom\":\"" + today + "\",\"rules\":[]}"), 400);
        assertProblem(api.post("/api/districts/410303/entitlement-rules", staff,
                rules(today, "HOURLY_CARE", 13, 40, 6)), 400);

        String parent = consentingResident(api);
        String child = registerChild(api, parent, 15, "410303");
        api.post("/api/staff/children/" + child + "/ledger", staff, consumption("HOURLY_CARE", "ATTENDANCE", "a"));

        Api.Reply published = api.post("/api/districts/410303/entitlement-rules", staff, publish);
        assertEquals(201, published.status(), published::toString);
        int version = published.json().getInt("version");
        assertTrue(published.header("Location").endsWith("/api/districts/410303/entitlement-rules/" + version));
        assertProblem(api.post("/api/districts/410303/entitlement-rules", staff, publish), 409,
                "rule-version-exists");

        JsonObject care = ok(api.get("/api/children/" + child + "/entitlements", parent)).array()
                .getJsonObject(0);
        assertEquals(6, care.getInt("granted"));
        assertEquals(1, care.getInt("used"), "what was consumed stays consumed");
        assertEquals(5, care.getInt("remaining"));
        assertEquals(version, care.getJsonObject("grantedBy").getInt("version"));

        assertEquals(201, api.post("/api/districts/410303/entitlement-rules", staff,
                rules(today.plusDays(30), "HOURLY_CARE", 13, 36, 1)).status());
        assertEquals(6, ok(api.get("/api/children/" + child + "/entitlements", parent)).array()
                .getJsonObject(0).getInt("granted"), "a future version does not apply yet");
    }

    private List<Integer> race(String path, String staff, String kind, int requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> replies = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                String body = consumption(kind, "ATTENDANCE", "race-" + UUID.randomUUID());
                replies.add(pool.submit(() -> {
                    start.await();
                    return api.post(path, staff, body).status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> reply : replies) {
                statuses.add(reply.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String consumption(String kind, String reason, String reference) {
        return "{\"serviceKind\":\"" + kind + "\",\"reason\":\"" + reason + "\",\"reference\":\"" + reference + "\"}";
    }

    private static String rule(String kind, int from, int to, int sessions) {
        return "{\"serviceKind\":\"" + kind + "\",\"ageFromMonths\":" + from + ",\"ageToMonths\":" + to
                + ",\"sessions\":" + sessions + ",\"window\":\"CALENDAR_YEAR\"}";
    }

    private static String rules(LocalDate from, String kind, int fromMonths, int toMonths, int sessions) {
        return "{\"effectiveFrom\":\"" + from + "\",\"rules\":[" + rule(kind, fromMonths, toMonths, sessions) + "]}";
    }

    private static Api.Reply ok(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply;
    }

    private static long count(String sql) throws SQLException {
        try (Connection db = IntegrationEnvironment.connect();
                PreparedStatement s = db.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection db = IntegrationEnvironment.connect(); PreparedStatement s = db.prepareStatement(sql)) {
            s.executeUpdate();
        }
    }
}
