package cn.tuoyu.facilities;

import static cn.tuoyu.testing.Problems.assertNames;
import static cn.tuoyu.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import cn.tuoyu.facilities.entity.CreditCode;
import cn.tuoyu.testing.AgainstTheApp;
import cn.tuoyu.testing.Api;
import cn.tuoyu.testing.IntegrationEnvironment;
import cn.tuoyu.testing.TestTokens;

/** Facilities over HTTP: records, filing with uploads, review, standing, directory, places per 1,000. */
class FacilitiesIT extends AgainstTheApp {

    static final String HAIMEN = "320614";
    static final String CHANHE = "410302";
    static final String XIGONG = "410303";
    static final String SHIZHONG = "370402";
    static final String ZHANGWAN = "420303";
    static final List<String> FILING_MATERIALS = List.of("business-licence", "premises-proof", "staff-certificates",
            "hygiene-evaluation", "fire-safety");
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final SecureRandom RANDOM = new SecureRandom();

    // ---- the record and who may see it ------------------------------------------------------------------------

    @Test
    void staffKeepTheirOwnRecordAndNobodyElses() {
        String id = UUID.randomUUID().toString();
        String staff = TestTokens.facility(id);
        Api.Reply created = api.put("/api/facilities/" + id, staff, record("托育甲", HAIMEN, creditCode(HAIMEN)).build()
                .toString());
        assertEquals(201, created.status(), created::toString);
        assertTrue(created.header("Location").endsWith("/api/facilities/" + id));
        JsonObject view = created.json();
        assertEquals("NOT_FILED", view.getString("standing"));
        assertEquals(45, view.getJsonObject("places").getInt("total"));
        assertEquals("计时托", view.getJsonArray("serviceTypes").getJsonObject(1).getString("label"));

        assertEquals(200, api.get("/api/facilities/" + id, staff).status());
        assertEquals(200, api.get("/api/facilities/" + id, TestTokens.health(HAIMEN)).status());
        assertProblem(api.get("/api/facilities/" + id, TestTokens.facility(UUID.randomUUID().toString())), 404);
        assertProblem(api.get("/api/facilities/" + id, TestTokens.health(CHANHE)), 404);
        assertProblem(api.put("/api/facilities/" + id, TestTokens.facility(UUID.randomUUID().toString()),
                record("托育甲", HAIMEN, creditCode(HAIMEN)).build().toString()), 404);
        assertProblem(api.get("/api/facilities/" + id, TestTokens.resident()), 403);
        assertProblem(api.get("/api/facilities/" + id, null), 401);
        assertProblem(api.get("/api/facilities/not-a-uuid", staff), 404);

        Api.Reply edited = api.put("/api/facilities/" + id, staff,
                record("托育甲（改名）", HAIMEN, view.getString("creditCode")).build().toString());
        assertEquals(200, edited.status(), edited::toString);
        assertEquals("托育甲（改名）", edited.json().getString("name"));
    }

    @Test
    void badRecordsAreRefusedAndNothingIsStored() throws Exception {
        String id = UUID.randomUUID().toString();
        String staff = TestTokens.facility(id);
        String good = creditCode(HAIMEN);
        String wrongCheck = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');

        JsonObject problem = assertProblem(api.put("/api/facilities/" + id, staff,
                record("坏", HAIMEN, wrongCheck).build().toString()), 400, "validation");
        assertField(problem, "creditCode");
        problem = assertProblem(api.put("/api/facilities/" + id, staff, record("坏", HAIMEN, good)
                .add("serviceTypes", Json.createArrayBuilder().add("HOURLY").add("夜托")).build().toString()), 400);
        assertField(problem, "serviceTypes[1]");
        problem = assertProblem(api.put("/api/facilities/" + id, staff, record("坏", HAIMEN, good)
                .add("places", places(-1, 10, 10, 0)).build().toString()), 400);
        assertField(problem, "places.infant");
        assertProblem(api.put("/api/facilities/" + id, staff, record("坏", "999999", good).build().toString()), 422,
                "unknown-district");
        assertProblem(api.put("/api/facilities/" + id, staff, "{\"name\": "), 400);

        assertProblem(api.get("/api/facilities/" + id, staff), 404);
        assertEquals(0, count("SELECT count(*) FROM facilities WHERE id = '" + id + "'"));

        String other = UUID.randomUUID().toString();
        assertEquals(201, api.put("/api/facilities/" + other, TestTokens.facility(other),
                record("乙", HAIMEN, good).build().toString()).status());
        assertProblem(api.put("/api/facilities/" + id, staff, record("丙", HAIMEN, good).build().toString()), 409,
                "already-used");
    }

    // ---- filing, review, history ------------------------------------------------------------------------------

    @Test
    void aFilingIsReviewedByTheDistrictAndDecidedOnce() throws Exception {
        String id = createFacility(HAIMEN);
        String staff = TestTokens.facility(id);
        Api.Reply opened = api.post("/api/facilities/" + id + "/applications", staff, "{\"kind\":\"FILING\"}");
        assertEquals(201, opened.status(), opened::toString);
        String applicationId = opened.json().getString("id");
        assertTrue(opened.header("Location").endsWith("/applications/" + applicationId));
        assertEquals("DRAFT", opened.json().getString("status"));
        assertProblem(api.post("/api/facilities/" + id + "/applications", staff, "{\"kind\":\"FILING\"}"), 409,
                "application-in-progress");

        String base = "/api/facilities/" + id + "/applications/" + applicationId;
        JsonObject missing = assertProblem(api.post(base + "/submission", staff, "{}"), 422, "materials-missing");
        assertTrue(missing.getString("detail").contains("fire-safety"));
        for (String kind : FILING_MATERIALS) {
            assertEquals(200, upload(staff, base, kind, "application/pdf", PDF).status());
        }
        Api.Reply submitted = api.post(base + "/submission", staff, "{}");
        assertEquals(200, submitted.status(), submitted::toString);
        assertEquals("PENDING", submitted.json().getString("status"));
        assertEquals(5, submitted.json().getJsonArray("materials").size());
        assertProblem(upload(staff, base, "fire-safety", "application/pdf", PDF), 409);

        String health = TestTokens.health(HAIMEN);
        JsonArray pending = ok(api.get("/api/facility-reviews?size=100", health)).getJsonArray("items");
        assertTrue(pending.stream().anyMatch(p -> p.asJsonObject().getString("applicationId").equals(applicationId)));
        JsonArray elsewhere = ok(api.get("/api/facility-reviews?size=100", TestTokens.health(CHANHE)))
                .getJsonArray("items");
        assertFalse(elsewhere.stream().anyMatch(p -> p.asJsonObject().getString("applicationId")
                .equals(applicationId)));
        assertEquals(200, api.get(base + "/materials/hygiene-evaluation", health).status());

        String number = "海卫托备-IT-" + UUID.randomUUID();
        String approve = Json.createObjectBuilder().add("outcome", "APPROVE").add("filingNumber", number)
                .add("filedOn", "2026-01-05").add("hygieneEvaluation", "QUALIFIED").build().toString();
        assertProblem(api.post(base + "/decision", TestTokens.health(CHANHE), approve), 404);
        assertProblem(api.post(base + "/decision", staff, approve), 403);
        assertProblem(api.post(base + "/decision", health, "{\"outcome\":\"APPROVE\"}"), 400, "decision-incomplete");
        // the hygiene evaluation's conclusion, as the reviewer read it from the report: needed, and 合格 only
        String unread = Json.createObjectBuilder().add("outcome", "APPROVE").add("filingNumber", number).build()
                .toString();
        assertTrue(assertProblem(api.post(base + "/decision", health, unread), 400, "decision-incomplete")
                .getString("detail").contains("hygieneEvaluation"));
        String notQualified = Json.createObjectBuilder().add("outcome", "APPROVE").add("filingNumber", number)
                .add("hygieneEvaluation", "NOT_QUALIFIED").build().toString();
        assertNames(assertProblem(api.post(base + "/decision", health, notQualified), 422, "hygiene-not-qualified"),
                "hygieneEvaluation");
        assertProblem(api.post(base + "/decision", health, Json.createObjectBuilder().add("outcome", "APPROVE")
                .add("filingNumber", number).add("hygieneEvaluation", "基本合格").build().toString()), 400);
        assertEquals("PENDING", ok(api.get(base, health)).getString("status"), "nothing was decided");
        assertEquals(0, count("SELECT count(*) FROM facility_decisions WHERE application_id = '" + applicationId
                + "'"));
        Api.Reply decided = api.post(base + "/decision", health, approve);
        assertEquals(200, decided.status(), decided::toString);
        assertEquals("APPROVED", decided.json().getString("status"));
        assertProblem(api.post(base + "/decision", health, approve), 409, "application-already-decided");
        assertProblem(api.post(base + "/decision", health, "{\"outcome\":\"REFUSE\",\"reasons\":\"迟到的意见\"}"), 409,
                "application-already-decided");

        JsonObject facility = ok(api.get("/api/facilities/" + id, staff));
        assertEquals("FILED", facility.getString("standing"));
        assertEquals(number, facility.getString("filingNumber"));
        assertEquals("2026-01-05", facility.getString("filedOn"));
        assertEquals(200, api.get("/api/directory/facilities/" + id, null).status());

        JsonArray history = api.get("/api/facilities/" + id + "/history", staff).array();
        assertEquals(1, history.size());
        JsonObject decision = history.getJsonObject(0);
        assertEquals("FILE", decision.getString("action"));
        assertEquals(number, decision.getString("filingNumber"));
        assertEquals("QUALIFIED", decision.getString("hygieneEvaluation"));
        assertTrue(decision.getString("decidedBy").startsWith("health-"));
        assertNotNull(decision.getString("decidedAt"));
    }

    @Test
    void aFilingLackingMaterialsIsNotApprovedAndTheProblemNamesThem() throws Exception {
        String id = createFacility(HAIMEN);
        String applicationId = submitFiling(id);
        // as the demo's pending filing (and any filed before submission checked materials): materials gone, and
        // the facility has since said it serves meals
        try (Connection c = IntegrationEnvironment.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM facility_materials WHERE application_id = '" + applicationId
                    + "' AND kind = 'HYGIENE_EVALUATION'");
            s.executeUpdate("UPDATE facilities SET serves_meals = true WHERE id = '" + id + "'");
        }
        String base = "/api/facilities/" + id + "/applications/" + applicationId;
        String health = TestTokens.health(HAIMEN);
        String approve = Json.createObjectBuilder().add("outcome", "APPROVE").add("filingNumber",
                "IT-" + UUID.randomUUID()).add("hygieneEvaluation", "QUALIFIED").build().toString();
        JsonObject problem = assertProblem(api.post(base + "/decision", health, approve), 422, "filing-incomplete");
        assertNames(problem, "hygiene-evaluation");
        assertNames(problem, "food-licence");
        assertEquals(2, problem.getJsonArray("errors").size(), problem::toString);
        assertTrue(problem.getString("detail").contains("food-licence, hygiene-evaluation"), problem::toString);
        assertEquals("PENDING", ok(api.get(base, health)).getString("status"), "nothing was decided");
        assertEquals("NOT_FILED", ok(api.get("/api/facilities/" + id, health)).getString("standing"));
        assertEquals(0, count("SELECT count(*) FROM facility_decisions WHERE application_id = '" + applicationId
                + "'"));

        // refusing it stays possible, with reasons
        Api.Reply refused = api.post(base + "/decision", health, Json.createObjectBuilder().add("outcome", "REFUSE")
                .add("reasons", "缺少卫生评价报告和食品经营许可证。").add("hygieneEvaluation", "NOT_QUALIFIED").build()
                .toString());
        assertEquals(200, refused.status(), refused::toString);
        assertEquals("REFUSED", refused.json().getString("status"));
        assertEquals("NOT_QUALIFIED", api.get("/api/facilities/" + id + "/history", health).array().getJsonObject(0)
                .getString("hygieneEvaluation"), "a refusal keeps the hygiene evaluation as its ground");
    }

    @Test
    void healthStaffListEveryFacilityOfTheirDistrictByStanding() {
        String filed = fileFacility(ZHANGWAN);
        String suspended = fileFacility(ZHANGWAN);
        FacilityFixtures.suspend(api, ZHANGWAN, suspended);
        String draft = createFacility(ZHANGWAN);
        String elsewhere = fileFacility(XIGONG);
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

    @Test
    void healthStaffAreOfferedTheStandingActionsTheStandingAllows() {
        String filed = fileFacility(ZHANGWAN);
        String suspended = fileFacility(ZHANGWAN);
        FacilityFixtures.suspend(api, ZHANGWAN, suspended);
        String draft = createFacility(ZHANGWAN);
        String health = TestTokens.health(ZHANGWAN);

        JsonArray items = ok(api.get("/api/district-facilities?size=100", health)).getJsonArray("items");
        assertEquals(List.of("SUSPEND", "REVOKE"), actions(items, filed));
        assertEquals(List.of("REINSTATE", "REVOKE"), actions(items, suspended));
        assertEquals(List.of(), actions(items, draft));
        Api.Reply reinstated = api.post("/api/facilities/" + suspended + "/standing-decisions", health,
                "{\"action\":\"REINSTATE\",\"reasons\":\"整改完成\"}");
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
        String draft = createFacility(ZHANGWAN);
        String filed = fileFacility(ZHANGWAN);
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
                "{\"action\":\"REVOKE\",\"reasons\":\"连续两年不合格\"}").status());
        assertEquals(List.of(), strings(ok(api.get("/api/facilities/" + filed, TestTokens.facility(filed)))
                .getJsonArray("applications")), "a revoked facility opens none");
    }

    @Test
    void eachSideIsOfferedWhatItMayDoToAnApplicationNow() {
        String id = createFacility(ZHANGWAN);
        String staff = TestTokens.facility(id);
        String health = TestTokens.health(ZHANGWAN);
        JsonObject opened = api.post("/api/facilities/" + id + "/applications", staff, "{\"kind\":\"FILING\"}")
                .json();
        assertEquals(List.of("UPLOAD", "SUBMIT"), strings(opened.getJsonArray("actions")), "a draft, to its staff");
        String base = "/api/facilities/" + id + "/applications/" + opened.getString("id");
        assertEquals(List.of(), strings(ok(api.get(base, health)).getJsonArray("actions")), "health staff wait");
        for (String kind : FILING_MATERIALS) {
            assertEquals(200, upload(staff, base, kind, "application/pdf", PDF).status());
        }
        JsonObject submitted = api.post(base + "/submission", staff, "{}").json();
        assertEquals(List.of(), strings(submitted.getJsonArray("actions")), "pending: nothing left to the staff");
        assertEquals(List.of("DECIDE"), strings(ok(api.get(base, health)).getJsonArray("actions")));
        assertEquals(List.of("DECIDE"), strings(api.get("/api/facilities/" + id + "/applications", health).array()
                .getJsonObject(0).getJsonArray("actions")), "in the list too");
        JsonObject refused = api.post(base + "/decision", health, "{\"outcome\":\"REFUSE\",\"reasons\":\"不全\"}")
                .json();
        assertEquals(List.of(), strings(refused.getJsonArray("actions")), "decided once");
    }

    static List<String> actions(JsonArray items, String id) {
        return strings(items.stream().map(JsonValue::asJsonObject).filter(f -> f.getString("id").equals(id))
                .findFirst().orElseThrow().getJsonArray("actions"));
    }

    static List<String> strings(JsonArray values) {
        return values.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                .toList();
    }

    @Test
    void theDirectoryIsSearchedByNameOrAddress() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String byName = fileFacility(SHIZHONG, b -> b.add("name", "搜索星光托育-" + tag));
        String byAddress = fileFacility(SHIZHONG, b -> b.add("address", "历下区搜索路" + tag + "号"));
        String unfiled = createFacility(SHIZHONG, b -> b.add("name", "搜索未备案托育-" + tag));

        List<String> found = ids(ok(api.get("/api/directory/facilities?size=100&q=" + tag, null))
                .getJsonArray("items"));
        assertEquals(List.of(byName, byAddress).stream().sorted().toList(), found.stream().sorted().toList(),
                "name and address, filed only");
        assertFalse(found.contains(unfiled));
        assertEquals(List.of(byName), ids(ok(api.get("/api/directory/facilities?size=100&q="
                + encode("星光托育-" + tag.toUpperCase()), null)).getJsonArray("items")), "case-insensitive");
        assertEquals(List.of(byAddress), ids(ok(api.get("/api/directory/facilities?size=100&district=" + SHIZHONG
                + "&q=" + encode(" 搜索路" + tag + " "), null)).getJsonArray("items")), "with other criteria");
        assertEquals(0, ok(api.get("/api/directory/facilities?q=%25", null)).getInt("total"), "% is a character");
        assertEquals(0, ok(api.get("/api/directory/facilities?q=" + encode("搜索_" + tag), null)).getInt("total"),
                "_ is a character");
        assertTrue(ok(api.get("/api/directory/facilities?q=", null)).getInt("total") >= 2, "empty q: everything");
        assertProblem(api.get("/api/directory/facilities?q=" + "x".repeat(101), null), 400, "validation");
    }

    static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void refusalsNeedReasonsAndArePublished() {
        String id = createFacility(XIGONG);
        String applicationId = submitFiling(id);
        String base = "/api/facilities/" + id + "/applications/" + applicationId;
        String health = TestTokens.health(XIGONG);
        assertProblem(api.post(base + "/decision", health, "{\"outcome\":\"REFUSE\"}"), 400, "decision-incomplete");
        assertProblem(api.post(base + "/decision", health, "{\"outcome\":\"MAYBE\"}"), 400, "validation");
        String reasons = "《托幼机构卫生评价报告》评价结果非合格-" + UUID.randomUUID();
        Api.Reply refused = api.post(base + "/decision", health, Json.createObjectBuilder()
                .add("outcome", "REFUSE").add("reasons", reasons).build().toString());
        assertEquals(200, refused.status(), refused::toString);
        assertEquals("REFUSED", refused.json().getString("status"));

        JsonArray refusals = ok(api.get("/api/directory/refusals?district=" + XIGONG + "&size=100", null))
                .getJsonArray("items");
        assertTrue(refusals.stream().anyMatch(r -> reasons.equals(r.asJsonObject().getString("reasons"))));
        assertProblem(api.get("/api/directory/facilities/" + id, null), 404);
        assertFalse(standing(id).getBoolean("mayRedeemToday"));
        JsonArray history = api.get("/api/facilities/" + id + "/history", health).array();
        assertEquals("REFUSE", history.getJsonObject(0).getString("action"));
        assertEquals(reasons, history.getJsonObject(0).getString("reasons"));

        assertEquals(201, api.post("/api/facilities/" + id + "/applications", TestTokens.facility(id),
                "{\"kind\":\"FILING\"}").status(), "a refused facility may apply again");
    }

    @Test
    void aSuspendedFacilityMayNotRedeemFromThatMoment() {
        String id = fileFacility(HAIMEN);
        String health = TestTokens.health(HAIMEN);
        String standingPath = "/api/facilities/" + id + "/standing-decisions";
        assertTrue(standing(id).getBoolean("mayRedeemToday"));

        assertProblem(api.post(standingPath, health, "{\"action\":\"SUSPEND\"}"), 400, "validation");
        assertProblem(api.post(standingPath, TestTokens.health(CHANHE),
                "{\"action\":\"SUSPEND\",\"reasons\":\"检查\"}"), 404);
        assertProblem(api.post(standingPath, TestTokens.facility(id),
                "{\"action\":\"SUSPEND\",\"reasons\":\"检查\"}"), 403);
        assertTrue(standing(id).getBoolean("mayRedeemToday"), "refused attempts change nothing");

        Api.Reply suspended = api.post(standingPath, health, "{\"action\":\"SUSPEND\",\"reasons\":\"消防检查不合格\"}");
        assertEquals(200, suspended.status(), suspended::toString);
        JsonObject now = standing(id);
        assertEquals("SUSPENDED", now.getString("standing"));
        assertFalse(now.getBoolean("mayRedeemToday"), "no from the moment of suspension");
        assertProblem(api.post(standingPath, health, "{\"action\":\"SUSPEND\",\"reasons\":\"再次\"}"), 409,
                "illegal-standing-change");

        assertEquals(200, api.post(standingPath, health, "{\"action\":\"REINSTATE\",\"reasons\":\"整改完成\"}").status());
        assertTrue(standing(id).getBoolean("mayRedeemToday"));
        assertEquals(200, api.post(standingPath, health, "{\"action\":\"REVOKE\",\"reasons\":\"连续两年不合格\"}").status());
        assertFalse(standing(id).getBoolean("mayRedeemToday"));
        assertProblem(api.post(standingPath, health, "{\"action\":\"REINSTATE\",\"reasons\":\"x\"}"), 409);

        JsonArray history = api.get("/api/facilities/" + id + "/history", health).array();
        assertEquals(List.of("FILE", "SUSPEND", "REINSTATE", "REVOKE"),
                history.stream().map(d -> d.asJsonObject().getString("action")).toList());
        assertEquals("消防检查不合格", history.getJsonObject(1).getString("reasons"));
        assertEquals("SUSPENDED", history.getJsonObject(1).getString("standingAfter"));
        assertProblem(api.get("/api/facilities/" + UUID.randomUUID() + "/standing", null), 404);
    }

    @Test
    void changesAndDeregistrationGoThroughReview() {
        String id = fileFacility(ZHANGWAN);
        String staff = TestTokens.facility(id);
        String health = TestTokens.health(ZHANGWAN);
        JsonObject current = ok(api.get("/api/facilities/" + id, staff));
        String code = current.getString("creditCode");

        assertProblem(api.put("/api/facilities/" + id, staff, record(current.getString("name"), ZHANGWAN, code)
                .add("address", "新地址 8 号").build().toString()), 422, "change-needs-review");
        Api.Reply hours = api.put("/api/facilities/" + id, staff, record(current.getString("name"), ZHANGWAN, code)
                .add("openingHours", "7:00-19:00").build().toString());
        assertEquals(200, hours.status(), hours::toString);
        assertEquals("7:00-19:00", hours.json().getString("openingHours"));

        JsonObject moved = record(current.getString("name"), HAIMEN, code).build();
        assertProblem(api.post("/api/facilities/" + id + "/applications", staff,
                Json.createObjectBuilder().add("kind", "CHANGE").add("change", moved).build().toString()), 400,
                "proposal-mismatch");
        assertProblem(api.post("/api/facilities/" + id + "/applications", staff, "{\"kind\":\"CHANGE\"}"), 400,
                "proposal-mismatch");
        JsonObject change = record(current.getString("name"), ZHANGWAN, code).add("address", "新地址 8 号")
                .add("places", places(5, 5, 5, 5)).build();
        Api.Reply opened = api.post("/api/facilities/" + id + "/applications", staff,
                Json.createObjectBuilder().add("kind", "CHANGE").add("change", change).build().toString());
        assertEquals(201, opened.status(), opened::toString);
        assertEquals("新地址 8 号", opened.json().getJsonObject("proposed").getString("address"));
        String base = "/api/facilities/" + id + "/applications/" + opened.json().getString("id");
        assertEquals(200, api.post(base + "/submission", staff, "{}").status());
        assertEquals("测试路 1 号", ok(api.get("/api/facilities/" + id, staff)).getString("address"),
                "not applied before the review");
        Api.Reply approved = api.post(base + "/decision", health, "{\"outcome\":\"APPROVE\"}");
        assertEquals(200, approved.status(), approved::toString);
        JsonObject after = ok(api.get("/api/facilities/" + id, staff));
        assertEquals("新地址 8 号", after.getString("address"));
        assertEquals(20, after.getJsonObject("places").getInt("total"));
        assertEquals("FILED", after.getString("standing"));

        Api.Reply deregistration = api.post("/api/facilities/" + id + "/applications", staff,
                "{\"kind\":\"DEREGISTRATION\"}");
        assertEquals(201, deregistration.status(), deregistration::toString);
        String dereg = "/api/facilities/" + id + "/applications/" + deregistration.json().getString("id");
        assertEquals(200, api.post(dereg + "/submission", staff, "{}").status());
        assertTrue(standing(id).getBoolean("mayRedeemToday"), "still filed until the review");
        assertEquals(200, api.post(dereg + "/decision", health, "{\"outcome\":\"APPROVE\"}").status());
        assertEquals("DEREGISTERED", standing(id).getString("standing"));
        assertFalse(standing(id).getBoolean("mayRedeemToday"));
        assertProblem(api.get("/api/directory/facilities/" + id, null), 404);
        assertEquals(List.of("FILE", "APPROVE_CHANGE", "DEREGISTER"), api.get("/api/facilities/" + id + "/history",
                staff).array().stream().map(d -> d.asJsonObject().getString("action")).toList());
        assertProblem(api.post("/api/facilities/" + id + "/applications", staff, "{\"kind\":\"FILING\"}"), 409,
                "application-not-allowed");
    }

    @Test
    void concurrentDecisionsOnOneApplicationDecideItOnce() throws Exception {
        String id = createFacility(HAIMEN);
        String applicationId = submitFiling(id);
        String base = "/api/facilities/" + id + "/applications/" + applicationId + "/decision";
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String body = i % 2 == 0
                        ? Json.createObjectBuilder().add("outcome", "APPROVE").add("filingNumber", "并发-" + UUID
                                .randomUUID()).add("hygieneEvaluation", "QUALIFIED").build().toString()
                        : "{\"outcome\":\"REFUSE\",\"reasons\":\"并发拒绝\"}";
                String token = TestTokens.health(HAIMEN);
                replies.add(pool.submit((Callable<Api.Reply>) () -> api.post(base, token, body)));
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
        assertEquals(1, count("SELECT count(*) FROM facility_decisions WHERE application_id = '" + applicationId
                + "'"));
    }

    @Test
    void theDatabaseKeepsTheReviewInvariants() throws Exception {
        String id = createFacility(HAIMEN);
        String applicationId = submitFiling(id);
        try (Connection c = IntegrationEnvironment.connect()) {
            assertRefused(c, "INSERT INTO facility_applications (id, facility_id, kind, status) VALUES ('"
                    + UUID.randomUUID() + "', '" + id + "', 'FILING', 'DRAFT')", "one application in progress");
            assertRefused(c, "INSERT INTO facility_decisions (id, facility_id, action, standing_after, district_code,"
                    + " decided_by, reasons) VALUES ('" + UUID.randomUUID() + "', '" + id + "', 'SUSPEND', 'SUSPENDED',"
                    + " '320614', 'x', '')", "a suspension has reasons");
            assertRefused(c, "UPDATE facilities SET standing = 'FILED' WHERE id = '" + id + "'",
                    "filed without a filing number");
            for (String hygiene : new String[] {"NULL", "'NOT_QUALIFIED'"}) {
                String fileIt = "INSERT INTO facility_decisions (id, facility_id, application_id, action, "
                        + "standing_after, district_code, decided_by, filing_number, hygiene_evaluation) VALUES ('"
                        + UUID.randomUUID() + "', '" + id + "', '" + applicationId + "', 'FILE', 'FILED', '320614', "
                        + "'x', 'IT-db-" + UUID.randomUUID() + "', " + hygiene + ")";
                SQLException refused = assertThrows(
                        SQLException.class, () -> {
                            try (Statement s = c.createStatement()) {
                                s.executeUpdate(fileIt);
                            }
                        }, "filed on a hygiene evaluation short of 合格: " + hygiene);
                assertTrue(refused.getMessage().contains("facility_decisions_filed_on_qualified_hygiene"),
                        refused::getMessage);
            }
            assertRefused(c, "UPDATE facilities SET places_infant = -1 WHERE id = '" + id + "'", "negative places");
        }
        assertEquals(200, api.post("/api/facilities/" + id + "/applications/" + applicationId + "/decision",
                TestTokens.health(HAIMEN), "{\"outcome\":\"REFUSE\",\"reasons\":\"材料不全\"}").status());
        try (Connection c = IntegrationEnvironment.connect()) {
            assertRefused(c, "INSERT INTO facility_decisions (id, facility_id, application_id, action, standing_after,"
                    + " district_code, decided_by, reasons) VALUES ('" + UUID.randomUUID() + "', '" + id + "', '"
                    + applicationId + "', 'REFUSE', 'NOT_FILED', '320614', 'x', 'again')", "decided once");
            assertRefused(c, "UPDATE facility_decisions SET reasons = 'rewritten' WHERE facility_id = '" + id + "'",
                    "history is append-only");
            assertRefused(c, "DELETE FROM facility_decisions WHERE facility_id = '" + id + "'",
                    "history is append-only");
        }
    }

    static void assertRefused(Connection c, String sql, String why) {
        try (var statement = c.createStatement()) {
            statement.executeUpdate(sql);
        } catch (java.sql.SQLException expected) {
            return;
        }
        throw new AssertionError("the database accepted: " + why);
    }

    // ---- uploads -----------------------------------------------------------------------------------------------

    @Test
    void uploadsAreCheckedByContentAndSize() {
        String id = createFacility(CHANHE);
        String staff = TestTokens.facility(id);
        String applicationId = api.post("/api/facilities/" + id + "/applications", staff, "{\"kind\":\"FILING\"}")
                .json().getString("id");
        String base = "/api/facilities/" + id + "/applications/" + applicationId;

        byte[] script = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertProblem(upload(staff, base, "business-licence", "application/pdf", script), 415, "unsupported-file");
        assertProblem(upload(staff, base, "business-licence", "application/pdf", PNG), 415, "unsupported-file");
        assertProblem(upload(staff, base, "business-licence", "text/html", script), 415, "unsupported-file");
        assertProblem(upload(staff, base, "business-licence", "application/pdf", new byte[0]), 400, "empty-file");
        assertProblem(upload(staff, base, "no-such-kind", "application/pdf", PDF), 404);
        assertProblem(upload(TestTokens.facility(UUID.randomUUID().toString()), base, "business-licence",
                "application/pdf", PDF), 404);
        assertProblem(upload(TestTokens.health(CHANHE), base, "business-licence", "application/pdf", PDF), 403);

        byte[] oversize = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, oversize, 0, PDF.length);
        // as a well-behaved client sends a large body: the 413 comes before the body is sent
        assertProblem(sendExpectingContinue(api.request(base + "/materials/premises-proof", staff)
                .header("Content-Type", "application/pdf").PUT(HttpRequest.BodyPublishers.ofByteArray(oversize))), 413);
        assertTrue(ok(api.get(base, staff)).getJsonArray("materials").isEmpty(), "nothing stored");

        byte[] big = new byte[200 * 1024];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        Api.Reply stored = upload(staff, base, "premises-proof", "application/pdf", big);
        assertEquals(200, stored.status(), "above the 64 KiB JSON cap, below the upload limit: " + stored);
        assertEquals(big.length, stored.json().getInt("sizeBytes"));
        Api.Reply png = upload(staff, base, "staff-certificates", "image/png", PNG);
        assertEquals("image/png", png.json().getString("contentType"));

        HttpResponse<byte[]> download = downloadBytes(base + "/materials/premises-proof", staff);
        assertEquals(200, download.statusCode());
        assertArrayEquals(big, download.body());
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(download.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        assertEquals(200, downloadBytes(base + "/materials/premises-proof", TestTokens.health(CHANHE)).statusCode());
        assertEquals(404, downloadBytes(base + "/materials/premises-proof", TestTokens.health(HAIMEN)).statusCode());
        assertEquals(404, downloadBytes(base + "/materials/fire-safety", staff).statusCode());
    }

    // ---- the public directory and places per 1,000 ------------------------------------------------------------

    @Test
    void theDirectoryIsPublicSearchableAndPaged() {
        String affordable = fileFacility(SHIZHONG, b -> b.add("affordable", true).add("demonstration", true)
                .add("serviceTypes", Json.createArrayBuilder().add("临时托")));
        String plain = fileFacility(SHIZHONG, b -> b.add("affordable", false).add("demonstration", false));
        createFacility(SHIZHONG);

        JsonObject page = ok(api.get("/api/directory/facilities?district=" + SHIZHONG + "&size=100", null));
        List<String> ids = ids(page.getJsonArray("items"));
        assertTrue(ids.contains(affordable) && ids.contains(plain));
        page.getJsonArray("items").forEach(f -> assertTrue(List.of("FILED", "SUSPENDED")
                .contains(f.asJsonObject().getString("standing"))));

        JsonArray cheap = ok(api.get("/api/directory/facilities?district=" + SHIZHONG + "&affordable=true"
                + "&demonstration=true&size=100", null)).getJsonArray("items");
        assertTrue(ids(cheap).contains(affordable));
        assertFalse(ids(cheap).contains(plain));
        cheap.forEach(f -> assertTrue(f.asJsonObject().getBoolean("affordable")));

        JsonArray occasional = ok(api.get("/api/directory/facilities?serviceType=OCCASIONAL&size=100", null))
                .getJsonArray("items");
        assertTrue(ids(occasional).contains(affordable));
        assertFalse(ids(occasional).contains(plain));
        JsonArray hourly = ok(api.get("/api/directory/facilities?serviceType=%E8%AE%A1%E6%97%B6%E6%89%98&size=100",
                null)).getJsonArray("items");
        assertTrue(ids(hourly).contains(plain), "search by the label 计时托 too");

        JsonObject first = ok(api.get("/api/directory/facilities?district=" + SHIZHONG + "&size=1&page=0", null));
        assertEquals(1, first.getJsonArray("items").size());
        assertTrue(first.getInt("total") >= 2);
        JsonObject second = ok(api.get("/api/directory/facilities?district=" + SHIZHONG + "&size=1&page=1", null));
        assertFalse(ids(first.getJsonArray("items")).equals(ids(second.getJsonArray("items"))));
        JsonObject beyond = ok(api.get("/api/directory/facilities?district=" + SHIZHONG + "&size=100&page=1000",
                null));
        assertTrue(beyond.getJsonArray("items").isEmpty());

        assertProblem(api.get("/api/directory/facilities?serviceType=NIGHT", null), 400, "validation");
        assertProblem(api.get("/api/directory/facilities?size=1000", null), 400, "validation");
        assertProblem(api.get("/api/directory/facilities?district=abc", null), 400, "validation");
    }

    @Test
    void placesPerThousandAgainstTheSeedsTargets() {
        JsonArray all = api.get("/api/places-per-thousand", null).array();
        assertEquals(new BigDecimal("6.26"), target(all, CHANHE, 2025).getJsonNumber("placesPerThousand")
                .bigDecimalValue().setScale(2));
        assertTrue(target(all, CHANHE, 2025).getString("source").contains("瀍政办〔2022〕15号"));
        assertEquals(new BigDecimal("4.10"), target(all, XIGONG, 2025).getJsonNumber("placesPerThousand")
                .bigDecimalValue().setScale(2));
        assertEquals(new BigDecimal("4.50"), target(all, HAIMEN, 2025).getJsonNumber("placesPerThousand")
                .bigDecimalValue().setScale(2));
        assertTrue(target(all, HAIMEN, 2025).getString("source").contains("海政办发〔2021〕64号"));

        assertProblem(api.get("/api/places-per-thousand/999999", null), 404, "district-not-found");
        String district = "420302";
        String health = TestTokens.health(district);
        assertProblem(api.put("/api/places-per-thousand/" + district + "/population", health,
                "{\"population\": 20000}"), 404);
        long before = ok(api.get("/api/places-per-thousand/" + district, null)).getJsonNumber("places").longValue();
        fileFacility(district);
        Api.Reply set = api.put("/api/districts/" + district + "/population", health, "{\"population\": 20000}");
        assertEquals(200, set.status(), set::toString);
        JsonObject now = ok(api.get("/api/places-per-thousand/" + district, null));
        assertEquals(before + 45, now.getJsonNumber("places").longValue());
        assertEquals(20000, now.getInt("population"));
        assertEquals(BigDecimal.valueOf((before + 45) * 1000).divide(BigDecimal.valueOf(20000), 2,
                java.math.RoundingMode.HALF_UP), now.getJsonNumber("placesPerThousand").bigDecimalValue());
    }

    @Test
    void demoDataLoadsTwiceAndItsFacilityMayRedeem() throws Exception {
        String sql = Files.readString(Path.of("src/main/resources/db/demo/R__demo_facilities.sql"));
        try (Connection c = IntegrationEnvironment.connect()) {
            c.createStatement().execute(sql);
            c.createStatement().execute(sql);
        }
        JsonObject demo = standing("00000000-0000-4000-8000-00000000f001");
        assertEquals("FILED", demo.getString("standing"));
        assertTrue(demo.getBoolean("mayRedeemToday"));
        JsonObject facility = ok(api.get("/api/directory/facilities/00000000-0000-4000-8000-00000000f001", null));
        assertTrue(facility.getJsonArray("serviceTypes").stream()
                .anyMatch(t -> t.asJsonObject().getString("code").equals("HOURLY")));
        assertTrue(ok(api.get("/api/directory/refusals?district=410302&size=100", null)).getJsonArray("items")
                .stream().anyMatch(r -> r.asJsonObject().getString("facilityName").contains("演示")));
        JsonArray pending = ok(api.get("/api/facility-reviews?size=100", TestTokens.health(HAIMEN)))
                .getJsonArray("items");
        assertTrue(pending.stream().anyMatch(p -> p.asJsonObject().getString("facilityId")
                .equals("00000000-0000-4000-8000-00000000f002")));
    }

    @Test
    void theOpenApiDocumentListsTheFacilityEndpoints() {
        // Payara serves the YAML document as text/plain (its resource produces text/plain and application/json)
        Api.Reply openapi = api.send(api.request("/openapi", null).setHeader("Accept", "text/plain").GET());
        assertEquals(200, openapi.status(), openapi::toString);
        for (String path : List.of("/api/facilities/{id}:", "/api/facilities/{id}/applications/{applicationId}/decision:",
                "/api/directory/facilities:", "/api/places-per-thousand:", "/api/facility-reviews:")) {
            assertTrue(openapi.body().contains(path), path);
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    static String creditCode(String district) {
        StringBuilder first17 = new StringBuilder("91").append(district);
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        for (int i = 0; i < 9; i++) {
            first17.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return first17.toString() + CreditCode.checkCharacter(first17.toString());
    }

    static JsonObjectBuilder record(String name, String district, String creditCode) {
        return Json.createObjectBuilder()
                .add("name", name)
                .add("creditCode", creditCode)
                .add("address", "测试路 1 号")
                .add("districtCode", district)
                .add("registrationType", "FOR_PROFIT")
                .add("serviceTypes", Json.createArrayBuilder().add("FULL_DAY").add("计时托"))
                .add("places", places(5, 10, 20, 10))
                .add("affordable", false)
                .add("demonstration", false)
                .add("openingHours", "8:00-17:00")
                .add("contactPhone", "0513-1234567")
                .add("servesMeals", false);
    }

    static JsonObject places(int infant, int toddler, int older, int mixed) {
        return Json.createObjectBuilder().add("infant", infant).add("toddler", toddler).add("older", older)
                .add("mixed", mixed).build();
    }

    String createFacility(String district) {
        return createFacility(district, b -> b);
    }

    String createFacility(String district, java.util.function.UnaryOperator<JsonObjectBuilder> adjust) {
        String id = UUID.randomUUID().toString();
        Api.Reply reply = api.put("/api/facilities/" + id, TestTokens.facility(id),
                adjust.apply(record("测试托育-" + id.substring(0, 8), district, creditCode(district))).build()
                        .toString());
        assertEquals(201, reply.status(), reply::toString);
        return id;
    }

    String submitFiling(String id) {
        String staff = TestTokens.facility(id);
        Api.Reply opened = api.post("/api/facilities/" + id + "/applications", staff, "{\"kind\":\"FILING\"}");
        assertEquals(201, opened.status(), opened::toString);
        String applicationId = opened.json().getString("id");
        String base = "/api/facilities/" + id + "/applications/" + applicationId;
        for (String kind : FILING_MATERIALS) {
            assertEquals(200, upload(staff, base, kind, "application/pdf", PDF).status());
        }
        assertEquals(200, api.post(base + "/submission", staff, "{}").status());
        return applicationId;
    }

    String fileFacility(String district) {
        return fileFacility(district, b -> b);
    }

    String fileFacility(String district, java.util.function.UnaryOperator<JsonObjectBuilder> adjust) {
        String id = createFacility(district, adjust);
        String applicationId = submitFiling(id);
        Api.Reply decided = api.post("/api/facilities/" + id + "/applications/" + applicationId + "/decision",
                TestTokens.health(district), Json.createObjectBuilder().add("outcome", "APPROVE")
                        .add("filingNumber", "IT-" + UUID.randomUUID()).add("hygieneEvaluation", "QUALIFIED").build()
                        .toString());
        assertEquals(200, decided.status(), decided::toString);
        return id;
    }

    Api.Reply upload(String token, String applicationPath, String kind, String contentType, byte[] body) {
        return api.send("PUT", applicationPath + "/materials/" + kind, token, contentType, body, Map.of());
    }

    /** A request with {@code Expect: 100-continue} over HTTP/1.1, on a client of its own. */
    static Api.Reply sendExpectingContinue(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = java.net.http.HttpClient.newBuilder()
                    .version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                    .send(builder.expectContinue(true).build(), HttpResponse.BodyHandlers.ofString());
            return new Api.Reply(response.statusCode(), response.headers().map(), response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<byte[]> downloadBytes(String path, String token) {
        try {
            HttpRequest request = api.request(path, token).header("Accept", "*/*").GET().build();
            return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    JsonObject standing(String id) {
        return ok(api.get("/api/facilities/" + id + "/standing", null));
    }

    static JsonObject target(JsonArray districts, String code, int year) {
        JsonObject district = districts.stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("districtCode").equals(code)).findFirst().orElseThrow();
        return district.getJsonArray("targets").stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getInt("year") == year).findFirst().orElseThrow();
    }

    static List<String> ids(JsonArray items) {
        return items.stream().map(i -> i.asJsonObject().getString("id")).toList();
    }

    static void assertField(JsonObject problem, String field) {
        assertTrue(problem.getJsonArray("errors").stream()
                .anyMatch(e -> e.asJsonObject().getString("field").equals(field)), () -> field + " in " + problem);
    }

    static long count(String sql) throws Exception {
        try (Connection c = IntegrationEnvironment.connect(); PreparedStatement s = c.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    static JsonObject ok(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }
}
