package cn.tuoyu.facilities;

import static cn.tuoyu.facilities.FacilityFixtures.FILING;
import static cn.tuoyu.facilities.FacilityFixtures.application;
import static cn.tuoyu.facilities.FacilityFixtures.approve;
import static cn.tuoyu.facilities.FacilityFixtures.decision;
import static cn.tuoyu.facilities.FacilityFixtures.filedWith;
import static cn.tuoyu.facilities.FacilityFixtures.places;
import static cn.tuoyu.facilities.FacilityFixtures.record;
import static cn.tuoyu.facilities.FacilityFixtures.recorded;
import static cn.tuoyu.facilities.FacilityFixtures.refuse;
import static cn.tuoyu.facilities.FacilityFixtures.standing;
import static cn.tuoyu.facilities.FacilityFixtures.standingOf;
import static cn.tuoyu.facilities.FacilityFixtures.submittedFiling;
import static cn.tuoyu.testing.Problems.assertNames;
import static cn.tuoyu.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import cn.tuoyu.testing.AgainstTheApp;
import cn.tuoyu.testing.Api;
import cn.tuoyu.testing.TestDatabase;
import cn.tuoyu.testing.TestTokens;

/**
 * The district's side of a facility's life over real HTTP: the review queue, approving a filing only on complete
 * materials and a 合格 hygiene evaluation, refusing with published reasons, deciding once (also under a race),
 * suspending, reinstating and revoking, changes and deregistration through review, the district's list by standing,
 * and the review invariants PostgreSQL keeps on its own.
 */
class FacilityReviewIT extends AgainstTheApp {

    static final String HAIMEN = "320614";
    static final String CHANHE = "410302";
    static final String XIGONG = "410303";
    static final String ZHANGWAN = "420303";

    /** A submitted filing waiting for the district. */
    record Pending(String facilityId, String applicationId, String path) {
    }

    Pending pending(String district) {
        String id = recorded(api, district);
        String applicationId = submittedFiling(api, id);
        return new Pending(id, applicationId, "/api/facilities/" + id + "/applications/" + applicationId);
    }

    // ---- deciding a filing --------------------------------------------------------------------------------------

    @Test
    void aSubmittedFilingWaitsForItsOwnDistrictOnly() {
        Pending filing = pending(HAIMEN);
        String health = TestTokens.health(HAIMEN);
        JsonArray waiting = ok(api.get("/api/facility-reviews?size=100", health)).getJsonArray("items");
        assertTrue(waiting.stream().anyMatch(p -> p.asJsonObject().getString("applicationId")
                .equals(filing.applicationId())));
        JsonArray elsewhere = ok(api.get("/api/facility-reviews?size=100", TestTokens.health(CHANHE)))
                .getJsonArray("items");
        assertFalse(elsewhere.stream().anyMatch(p -> p.asJsonObject().getString("applicationId")
                .equals(filing.applicationId())));
        assertEquals(200, api.get(filing.path() + "/materials/hygiene-evaluation", health).status());
        String approve = approve("IT-" + UUID.randomUUID());
        assertProblem(api.post(filing.path() + "/decision", TestTokens.health(CHANHE), approve), 404);
        assertProblem(api.post(filing.path() + "/decision", TestTokens.facility(filing.facilityId()), approve), 403);
    }

    @Test
    void anApprovalNeedsAFilingNumberAndAHygieneEvaluationReadAsQualified() {
        Pending filing = pending(HAIMEN);
        String health = TestTokens.health(HAIMEN);
        String number = "海卫托备-IT-" + UUID.randomUUID();
        String decide = filing.path() + "/decision";

        assertProblem(api.post(decide, health, decision("APPROVE", null, null, null, null)), 400,
                "decision-incomplete");
        // the hygiene evaluation's conclusion, as the reviewer read it from the report: needed, and 合格 only
        assertTrue(assertProblem(api.post(decide, health, decision("APPROVE", number, null, null, null)), 400,
                "decision-incomplete").getString("detail").contains("hygieneEvaluation"));
        assertNames(assertProblem(api.post(decide, health, decision("APPROVE", number, null, null, "NOT_QUALIFIED")),
                422, "hygiene-not-qualified"), "hygieneEvaluation");
        assertProblem(api.post(decide, health, decision("APPROVE", number, null, null, "基本合格")), 400);
        assertEquals("PENDING", ok(api.get(filing.path(), health)).getString("status"), "nothing was decided");
        assertEquals(0, TestDatabase.decisionsOn(filing.applicationId()));
    }

    @Test
    void anApprovedFilingFilesTheFacilityAndIsDecidedOnce() {
        Pending filing = pending(HAIMEN);
        String health = TestTokens.health(HAIMEN);
        String staff = TestTokens.facility(filing.facilityId());
        String number = "海卫托备-IT-" + UUID.randomUUID();
        String approve = decision("APPROVE", number, LocalDate.parse("2026-01-05"), null, "QUALIFIED");

        Api.Reply decided = api.post(filing.path() + "/decision", health, approve);
        assertEquals(200, decided.status(), decided::toString);
        assertEquals("APPROVED", decided.json().getString("status"));
        assertProblem(api.post(filing.path() + "/decision", health, approve), 409, "application-already-decided");
        assertProblem(api.post(filing.path() + "/decision", health, refuse("迟到的意见")), 409,
                "application-already-decided");

        JsonObject facility = ok(api.get("/api/facilities/" + filing.facilityId(), staff));
        assertEquals("FILED", facility.getString("standing"));
        assertEquals(number, facility.getString("filingNumber"));
        assertEquals("2026-01-05", facility.getString("filedOn"));
        assertEquals(200, api.get("/api/directory/facilities/" + filing.facilityId(), null).status());

        JsonArray history = api.get("/api/facilities/" + filing.facilityId() + "/history", staff).array();
        assertEquals(1, history.size());
        JsonObject entry = history.getJsonObject(0);
        assertEquals("FILE", entry.getString("action"));
        assertEquals(number, entry.getString("filingNumber"));
        assertEquals("QUALIFIED", entry.getString("hygieneEvaluation"));
        assertTrue(entry.getString("decidedBy").startsWith("health-"));
        assertNotNull(entry.getString("decidedAt"));
    }

    @Test
    void aFilingLackingMaterialsIsNotApprovedAndTheProblemNamesThem() {
        Pending filing = pending(HAIMEN);
        TestDatabase.loseHygieneEvaluationAndServeMeals(filing.facilityId(), filing.applicationId());
        String health = TestTokens.health(HAIMEN);

        JsonObject problem = assertProblem(api.post(filing.path() + "/decision", health,
                approve("IT-" + UUID.randomUUID())), 422, "filing-incomplete");
        assertNames(problem, "hygiene-evaluation");
        assertNames(problem, "food-licence");
        assertEquals(2, problem.getJsonArray("errors").size(), problem::toString);
        assertTrue(problem.getString("detail").contains("food-licence, hygiene-evaluation"), problem::toString);
        assertEquals("PENDING", ok(api.get(filing.path(), health)).getString("status"), "nothing was decided");
        assertEquals("NOT_FILED", ok(api.get("/api/facilities/" + filing.facilityId(), health)).getString("standing"));
        assertEquals(0, TestDatabase.decisionsOn(filing.applicationId()));

        // refusing it stays possible, with reasons
        Api.Reply refused = api.post(filing.path() + "/decision", health, decision("REFUSE", null, null,
                "缺少卫生评价报告和食品经营许可证。", "NOT_QUALIFIED"));
        assertEquals(200, refused.status(), refused::toString);
        assertEquals("REFUSED", refused.json().getString("status"));
        assertEquals("NOT_QUALIFIED", api.get("/api/facilities/" + filing.facilityId() + "/history", health).array()
                .getJsonObject(0).getString("hygieneEvaluation"),
                "a refusal keeps the hygiene evaluation as its ground");
    }

    @Test
    void refusalsNeedReasonsAndArePublished() {
        Pending filing = pending(XIGONG);
        String health = TestTokens.health(XIGONG);
        assertProblem(api.post(filing.path() + "/decision", health, decision("REFUSE", null, null, null, null)), 400,
                "decision-incomplete");
        assertProblem(api.post(filing.path() + "/decision", health, decision("MAYBE", null, null, null, null)), 400,
                "validation");
        String reasons = "《托幼机构卫生评价报告》评价结果非合格-" + UUID.randomUUID();
        Api.Reply refused = api.post(filing.path() + "/decision", health, refuse(reasons));
        assertEquals(200, refused.status(), refused::toString);
        assertEquals("REFUSED", refused.json().getString("status"));

        JsonArray refusals = ok(api.get("/api/directory/refusals?district=" + XIGONG + "&size=100", null))
                .getJsonArray("items");
        assertTrue(refusals.stream().anyMatch(r -> reasons.equals(r.asJsonObject().getString("reasons"))));
        assertProblem(api.get("/api/directory/facilities/" + filing.facilityId(), null), 404);
        assertFalse(standingOf(api, filing.facilityId()).getBoolean("mayRedeemToday"));
        JsonArray history = api.get("/api/facilities/" + filing.facilityId() + "/history", health).array();
        assertEquals("REFUSE", history.getJsonObject(0).getString("action"));
        assertEquals(reasons, history.getJsonObject(0).getString("reasons"));

        assertEquals(201, api.post("/api/facilities/" + filing.facilityId() + "/applications",
                TestTokens.facility(filing.facilityId()), FILING).status(), "a refused facility may apply again");
    }

    @Test
    void concurrentDecisionsOnOneApplicationDecideItOnce() throws Exception {
        Pending filing = pending(HAIMEN);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String body = i % 2 == 0 ? approve("并发-" + UUID.randomUUID()) : refuse("并发拒绝");
                String token = TestTokens.health(HAIMEN);
                replies.add(pool.submit((Callable<Api.Reply>) () -> api.post(filing.path() + "/decision", token,
                        body)));
            }
            int ok = 0;
            for (Future<Api.Reply> reply : replies) {
                Api.Reply r = reply.get();
                if (r.status() == 200) {
                    ok++;
                } else {
                    assertProblem(r, 409);
                }
            }
            assertEquals(1, ok);
        } finally {
            pool.shutdown();
        }
        assertEquals(1, TestDatabase.decisionsOn(filing.applicationId()));
    }

    // ---- standing -----------------------------------------------------------------------------------------------

    @Test
    void onlyTheDistrictSuspendsAFacilityAndOnlyWithReasons() {
        String id = filedWith(api, HAIMEN, b -> b);
        String path = "/api/facilities/" + id + "/standing-decisions";
        assertTrue(standingOf(api, id).getBoolean("mayRedeemToday"));

        assertProblem(api.post(path, TestTokens.health(HAIMEN), standing("SUSPEND", null)), 400, "validation");
        assertProblem(api.post(path, TestTokens.health(CHANHE), standing("SUSPEND", "检查")), 404);
        assertProblem(api.post(path, TestTokens.facility(id), standing("SUSPEND", "检查")), 403);
        assertTrue(standingOf(api, id).getBoolean("mayRedeemToday"), "refused attempts change nothing");
        assertProblem(api.get("/api/facilities/" + UUID.randomUUID() + "/standing", null), 404);
    }

    @Test
    void aSuspendedFacilityMayNotRedeemFromThatMomentUntilReinstated() {
        String id = filedWith(api, HAIMEN, b -> b);
        String health = TestTokens.health(HAIMEN);
        String path = "/api/facilities/" + id + "/standing-decisions";

        Api.Reply suspended = api.post(path, health, standing("SUSPEND", "消防检查不合格"));
        assertEquals(200, suspended.status(), suspended::toString);
        JsonObject now = standingOf(api, id);
        assertEquals("SUSPENDED", now.getString("standing"));
        assertFalse(now.getBoolean("mayRedeemToday"), "no from the moment of suspension");
        assertProblem(api.post(path, health, standing("SUSPEND", "再次")), 409, "illegal-standing-change");

        assertEquals(200, api.post(path, health, standing("REINSTATE", "整改完成")).status());
        assertTrue(standingOf(api, id).getBoolean("mayRedeemToday"));
        JsonArray history = api.get("/api/facilities/" + id + "/history", health).array();
        assertEquals(List.of("FILE", "SUSPEND", "REINSTATE"),
                history.stream().map(d -> d.asJsonObject().getString("action")).toList());
        assertEquals("消防检查不合格", history.getJsonObject(1).getString("reasons"));
        assertEquals("SUSPENDED", history.getJsonObject(1).getString("standingAfter"));
    }

    @Test
    void aRevokedFacilityIsNotReinstated() {
        String id = filedWith(api, HAIMEN, b -> b);
        String health = TestTokens.health(HAIMEN);
        String path = "/api/facilities/" + id + "/standing-decisions";

        assertEquals(200, api.post(path, health, standing("REVOKE", "连续两年不合格")).status());
        assertFalse(standingOf(api, id).getBoolean("mayRedeemToday"));
        assertProblem(api.post(path, health, standing("REINSTATE", "x")), 409);
        assertEquals(List.of("FILE", "REVOKE"), api.get("/api/facilities/" + id + "/history", health).array()
                .stream().map(d -> d.asJsonObject().getString("action")).toList());
    }

    // ---- changes and deregistration -----------------------------------------------------------------------------

    @Test
    void aChangeOfAddressOrPlacesGoesThroughReviewAndOpeningHoursDoNot() {
        String id = filedWith(api, ZHANGWAN, b -> b);
        String staff = TestTokens.facility(id);
        JsonObject current = ok(api.get("/api/facilities/" + id, staff));
        String name = current.getString("name");
        String code = current.getString("creditCode");

        assertProblem(api.put("/api/facilities/" + id, staff, record(name, ZHANGWAN, code)
                .add("address", "新地址 8 号").build().toString()), 422, "change-needs-review");
        Api.Reply hours = api.put("/api/facilities/" + id, staff, record(name, ZHANGWAN, code)
                .add("openingHours", "7:00-19:00").build().toString());
        assertEquals(200, hours.status(), hours::toString);
        assertEquals("7:00-19:00", hours.json().getString("openingHours"));

        assertProblem(api.post("/api/facilities/" + id + "/applications", staff,
                application("CHANGE", record(name, HAIMEN, code).build())), 400, "proposal-mismatch");
        assertProblem(api.post("/api/facilities/" + id + "/applications", staff, application("CHANGE", null)), 400,
                "proposal-mismatch");
        JsonObject change = record(name, ZHANGWAN, code).add("address", "新地址 8 号").add("places", places(5, 5, 5, 5))
                .build();
        Api.Reply opened = api.post("/api/facilities/" + id + "/applications", staff, application("CHANGE", change));
        assertEquals(201, opened.status(), opened::toString);
        assertEquals("新地址 8 号", opened.json().getJsonObject("proposed").getString("address"));
        String base = "/api/facilities/" + id + "/applications/" + opened.json().getString("id");
        assertEquals(200, api.post(base + "/submission", staff, "{}").status());
        assertEquals("测试路 1 号", ok(api.get("/api/facilities/" + id, staff)).getString("address"),
                "not applied before the review");
        Api.Reply approved = api.post(base + "/decision", TestTokens.health(ZHANGWAN),
                decision("APPROVE", null, null, null, null));
        assertEquals(200, approved.status(), approved::toString);
        JsonObject after = ok(api.get("/api/facilities/" + id, staff));
        assertEquals("新地址 8 号", after.getString("address"));
        assertEquals(20, after.getJsonObject("places").getInt("total"));
        assertEquals("FILED", after.getString("standing"));
        assertEquals(List.of("FILE", "APPROVE_CHANGE"), api.get("/api/facilities/" + id + "/history", staff).array()
                .stream().map(d -> d.asJsonObject().getString("action")).toList());
    }

    @Test
    void aDeregistrationTakesEffectOnlyWhenApprovedAndIsFinal() {
        String id = filedWith(api, ZHANGWAN, b -> b);
        String staff = TestTokens.facility(id);
        Api.Reply deregistration = api.post("/api/facilities/" + id + "/applications", staff,
                application("DEREGISTRATION", null));
        assertEquals(201, deregistration.status(), deregistration::toString);
        String base = "/api/facilities/" + id + "/applications/" + deregistration.json().getString("id");
        assertEquals(200, api.post(base + "/submission", staff, "{}").status());
        assertTrue(standingOf(api, id).getBoolean("mayRedeemToday"), "still filed until the review");

        assertEquals(200, api.post(base + "/decision", TestTokens.health(ZHANGWAN),
                decision("APPROVE", null, null, null, null)).status());
        assertEquals("DEREGISTERED", standingOf(api, id).getString("standing"));
        assertFalse(standingOf(api, id).getBoolean("mayRedeemToday"));
        assertProblem(api.get("/api/directory/facilities/" + id, null), 404);
        assertEquals(List.of("FILE", "DEREGISTER"), api.get("/api/facilities/" + id + "/history", staff).array()
                .stream().map(d -> d.asJsonObject().getString("action")).toList());
        assertProblem(api.post("/api/facilities/" + id + "/applications", staff, FILING), 409,
                "application-not-allowed");
    }

    // ---- the district's list ------------------------------------------------------------------------------------

    @Test
    void healthStaffListEveryFacilityOfTheirDistrictByStanding() {
        String filed = filedWith(api, ZHANGWAN, b -> b);
        String suspended = filedWith(api, ZHANGWAN, b -> b);
        FacilityFixtures.suspend(api, ZHANGWAN, suspended);
        String draft = recorded(api, ZHANGWAN);
        String elsewhere = filedWith(api, XIGONG, b -> b);
        String health = TestTokens.health(ZHANGWAN);

        JsonObject all = ok(api.get("/api/district-facilities?size=100", health));
        List<String> ids = ids(all.getJsonArray("items"));
        assertTrue(ids.containsAll(List.of(filed, suspended, draft)), ids::toString);
        assertFalse(ids.contains(elsewhere), "another district's facilities are not listed");
        assertTrue(all.getInt("total") >= 3);

        JsonArray onlySuspended = ok(api.get("/api/district-facilities?standing=SUSPENDED&size=100", health))
                .getJsonArray("items");
        assertTrue(ids(onlySuspended).contains(suspended));
        assertFalse(ids(onlySuspended).contains(filed));
        onlySuspended.forEach(f -> assertEquals("SUSPENDED", f.asJsonObject().getString("standing")));
        assertTrue(ids(ok(api.get("/api/district-facilities?standing=NOT_FILED&size=100", health))
                .getJsonArray("items")).contains(draft));

        JsonObject first = ok(api.get("/api/district-facilities?size=1&page=0", health));
        JsonObject second = ok(api.get("/api/district-facilities?size=1&page=1", health));
        assertEquals(1, first.getJsonArray("items").size());
        assertFalse(ids(first.getJsonArray("items")).equals(ids(second.getJsonArray("items"))));

        assertProblem(api.get("/api/district-facilities?standing=CLOSED", health), 400, "validation");
        assertProblem(api.get("/api/district-facilities", TestTokens.facility(filed)), 403);
        assertProblem(api.get("/api/district-facilities", null), 401);
    }

    // ---- what PostgreSQL keeps on its own -----------------------------------------------------------------------

    @Test
    void theDatabaseKeepsTheReviewInvariantsWhileAFilingIsPending() {
        Pending filing = pending(HAIMEN);
        UUID facility = UUID.fromString(filing.facilityId());
        UUID application = UUID.fromString(filing.applicationId());

        assertRefused("one application in progress", "INSERT INTO facility_applications (id, facility_id, kind, "
                + "status) VALUES (?, ?, 'FILING', 'DRAFT')", UUID.randomUUID(), facility);
        assertRefused("a suspension has reasons", "INSERT INTO facility_decisions (id, facility_id, action, "
                + "standing_after, district_code, decided_by, reasons) VALUES (?, ?, 'SUSPEND', 'SUSPENDED', ?, 'x', "
                + "'')", UUID.randomUUID(), facility, HAIMEN);
        assertRefused("filed without a filing number", "UPDATE facilities SET standing = 'FILED' WHERE id = ?",
                facility);
        for (String hygiene : new String[] {null, "NOT_QUALIFIED"}) {
            SQLException refused = TestDatabase.refusalOf("INSERT INTO facility_decisions (id, facility_id, "
                    + "application_id, action, standing_after, district_code, decided_by, filing_number, "
                    + "hygiene_evaluation) VALUES (?, ?, ?, 'FILE', 'FILED', ?, 'x', ?, ?)", UUID.randomUUID(),
                    facility, application, HAIMEN, "IT-db-" + UUID.randomUUID(), hygiene);
            assertNotNull(refused, "filed on a hygiene evaluation short of 合格: " + hygiene);
            assertTrue(refused.getMessage().contains("facility_decisions_filed_on_qualified_hygiene"),
                    refused::getMessage);
        }
        assertRefused("negative places", "UPDATE facilities SET places_infant = -1 WHERE id = ?", facility);
    }

    @Test
    void theDatabaseKeepsADecisionOnceAndTheHistoryAppendOnly() {
        Pending filing = pending(HAIMEN);
        UUID facility = UUID.fromString(filing.facilityId());
        assertEquals(200, api.post(filing.path() + "/decision", TestTokens.health(HAIMEN), refuse("材料不全"))
                .status());

        assertRefused("decided once", "INSERT INTO facility_decisions (id, facility_id, application_id, action, "
                + "standing_after, district_code, decided_by, reasons) VALUES (?, ?, ?, 'REFUSE', 'NOT_FILED', ?, "
                + "'x', 'again')", UUID.randomUUID(), facility, UUID.fromString(filing.applicationId()), HAIMEN);
        assertRefused("history is append-only", "UPDATE facility_decisions SET reasons = 'rewritten' "
                + "WHERE facility_id = ?", facility);
        assertRefused("history is append-only", "DELETE FROM facility_decisions WHERE facility_id = ?", facility);
    }

    static void assertRefused(String why, String sql, Object... parameters) {
        assertNotNull(TestDatabase.refusalOf(sql, parameters), "the database accepted: " + why);
    }

    static List<String> ids(JsonArray items) {
        return items.stream().map(i -> i.asJsonObject().getString("id")).toList();
    }

    // ---- what each side is offered: the actions the server sends ----------------------------------------------

    @Test
    void healthStaffAreOfferedTheStandingActionsTheStandingAllows() {
        String filed = FacilityFixtures.filed(api, ZHANGWAN);
        String suspended = FacilityFixtures.filed(api, ZHANGWAN);
        FacilityFixtures.suspend(api, ZHANGWAN, suspended);
        String draft = recorded(api, ZHANGWAN);
        String health = TestTokens.health(ZHANGWAN);

        JsonArray items = ok(api.get("/api/district-facilities?size=100", health)).getJsonArray("items");
        assertEquals(List.of("SUSPEND", "REVOKE"), actions(items, filed));
        assertEquals(List.of("REINSTATE", "REVOKE"), actions(items, suspended));
        assertEquals(List.of(), actions(items, draft));
        Api.Reply reinstated = api.post("/api/facilities/" + suspended + "/standing-decisions", health,
                standing("REINSTATE", "整改完成"));
        assertEquals(200, reinstated.status(), reinstated::toString);
        assertEquals(List.of("SUSPEND", "REVOKE"), strings(reinstated.json().getJsonArray("actions")),
                "the answer to a decision carries the actions of the new standing");
        assertEquals(List.of("SUSPEND", "REVOKE"), strings(ok(api.get("/api/facilities/" + filed, health))
                .getJsonArray("actions")), "the record as health staff read it");
        assertFalse(ok(api.get("/api/directory/facilities/" + filed, null)).containsKey("actions"),
                "the public are offered nothing");
        assertEquals(List.of(), strings(ok(api.get("/api/facilities/" + filed, TestTokens.facility(filed)))
                .getJsonArray("actions")), "nor are the facility's staff");
    }

    @Test
    void staffAreOfferedTheApplicationsTheStandingAllows() {
        String draft = recorded(api, ZHANGWAN);
        String filed = FacilityFixtures.filed(api, ZHANGWAN);
        JsonObject unfiled = ok(api.get("/api/facilities/" + draft, TestTokens.facility(draft)));
        assertEquals(List.of("FILING"), strings(unfiled.getJsonArray("applications")));
        assertFalse(unfiled.getBoolean("changesNeedReview"));
        JsonObject record = ok(api.get("/api/facilities/" + filed, TestTokens.facility(filed)));
        assertEquals(List.of("CHANGE", "DEREGISTRATION"), strings(record.getJsonArray("applications")));
        assertTrue(record.getBoolean("changesNeedReview"));
        assertEquals(List.of(), strings(ok(api.get("/api/facilities/" + filed, TestTokens.health(ZHANGWAN)))
                .getJsonArray("applications")), "health staff open none");
        FacilityFixtures.suspend(api, ZHANGWAN, filed);
        assertEquals(200, api.post("/api/facilities/" + filed + "/standing-decisions", TestTokens.health(ZHANGWAN),
                standing("REVOKE", "连续两年不合格")).status());
        assertEquals(List.of(), strings(ok(api.get("/api/facilities/" + filed, TestTokens.facility(filed)))
                .getJsonArray("applications")), "a revoked facility opens none");
    }

    @Test
    void eachSideIsOfferedWhatItMayDoToAnApplicationNow() {
        String id = recorded(api, ZHANGWAN);
        String staff = TestTokens.facility(id);
        String health = TestTokens.health(ZHANGWAN);
        JsonObject opened = api.post("/api/facilities/" + id + "/applications", staff, FILING).json();
        assertEquals(List.of("UPLOAD", "SUBMIT"), strings(opened.getJsonArray("actions")), "a draft, to its staff");
        String base = "/api/facilities/" + id + "/applications/" + opened.getString("id");
        assertEquals(List.of(), strings(ok(api.get(base, health)).getJsonArray("actions")), "health staff wait");
        for (String kind : FacilityFixtures.FILING_MATERIALS) {
            assertEquals(200, FacilityFixtures.upload(api, staff, base, kind, "application/pdf", FacilityFixtures.PDF)
                    .status());
        }
        JsonObject submitted = api.post(base + "/submission", staff, "{}").json();
        assertEquals(List.of(), strings(submitted.getJsonArray("actions")), "pending: nothing left to the staff");
        assertEquals(List.of("DECIDE"), strings(ok(api.get(base, health)).getJsonArray("actions")));
        assertEquals(List.of("DECIDE"), strings(api.get("/api/facilities/" + id + "/applications", health).array()
                .getJsonObject(0).getJsonArray("actions")), "in the list too");
        JsonObject refused = api.post(base + "/decision", health, refuse("不全")).json();
        assertEquals(List.of(), strings(refused.getJsonArray("actions")), "decided once");
    }

    static List<String> actions(JsonArray items, String id) {
        return strings(items.stream().map(JsonValue::asJsonObject).filter(f -> f.getString("id").equals(id))
                .findFirst().orElseThrow().getJsonArray("actions"));
    }

    static List<String> strings(JsonArray values) {
        return values.getValuesAs(JsonString::getString);
    }

    static JsonObject ok(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }
}
