package cn.tuoyu.families;

import static cn.tuoyu.families.FamilyFixtures.birthCertificate;
import static cn.tuoyu.families.FamilyFixtures.bornMonthsAgo;
import static cn.tuoyu.families.FamilyFixtures.childJson;
import static cn.tuoyu.families.FamilyFixtures.consentingResident;
import static cn.tuoyu.families.FamilyFixtures.registerChild;
import static cn.tuoyu.families.FamilyFixtures.residentId;
import static cn.tuoyu.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import cn.tuoyu.guidance.GuidanceFixtures;
import cn.tuoyu.testing.AgainstTheApp;
import cn.tuoyu.testing.Api;
import cn.tuoyu.testing.IntegrationEnvironment;
import cn.tuoyu.testing.TestTokens;
import cn.tuoyu.vouchers.VoucherFixtures;

/**
 * Where parents got stuck (issue 13), over HTTP: the server says per child, before any tap, whether it may book a
 * class, request a home visit or claim a voucher, and why not (the refusal's own slug); a guardian corrects or
 * removes a child; the sex is checked against the resident ID; the masked name for the voucher screen.
 */
class ParentStumblesIT extends AgainstTheApp {

    static final String HAIMEN = "320614";

    @Test
    void eachChildOfASignedInResidentLearnsWhetherItMayBookAClassAndWhyNot() {
        String parent = consentingResident(api);
        String toddler = registerChild(api, parent, 20, HAIMEN);
        String infant = registerChild(api, parent, 5, HAIMEN);
        String wide = GuidanceFixtures.publishedClass(api, HAIMEN, 10, 0, 36, 3);
        String infantsOnly = GuidanceFixtures.publishedClass(api, HAIMEN, 10, 0, 12, 3);

        JsonArray forWide = ok(api.get("/api/classes/" + wide, parent)).getJsonArray("children");
        assertEquals(2, forWide.size(), forWide::toString);
        assertVerdict(forWide, toddler, false, "not-entitled");
        assertVerdict(forWide, infant, true, null);
        assertVerdict(ok(api.get("/api/classes/" + infantsOnly, parent)).getJsonArray("children"), toddler, false,
                "child-outside-age-band");
        // the verdict is the refusal the booking itself gives
        assertProblem(GuidanceFixtures.tryBook(api, parent, wide, toddler), 422, "not-entitled");

        assertEquals(201, GuidanceFixtures.tryBook(api, parent, wide, infant).status());
        List<JsonObject> listed = GuidanceFixtures.upcomingClasses(api, parent, "district=" + HAIMEN + "&size=100");
        JsonObject inList = listed.stream().filter(c -> c.getString("id").equals(wide))
                .findFirst().orElseThrow(() -> new AssertionError("class not listed: " + listed));
        assertVerdict(inList.getJsonArray("children"), infant, false, "child-already-booked");
        assertVerdict(inList.getJsonArray("children"), toddler, false, "not-entitled");

        assertFalse(ok(api.get("/api/classes/" + wide, null)).containsKey("children"),
                "nothing per child without login");
        assertFalse(api.get("/api/classes?size=5", null).body().contains("mayBook"));
        assertFalse(ok(api.get("/api/classes/" + wide, TestTokens.health(HAIMEN))).containsKey("children"));
        assertEquals(0, ok(api.get("/api/classes/" + wide, TestTokens.resident())).getJsonArray("children").size(),
                "a resident without consent still reads the class, with no child to judge");
    }

    @Test
    void theHomeVisitFormLearnsWhichChildrenMayRequestOne() {
        String parent = consentingResident(api);
        String toddler = registerChild(api, parent, 20, HAIMEN);
        String infant = registerChild(api, parent, 5, HAIMEN);
        JsonArray before = api.get("/api/visits/eligibility", parent).array();
        assertEquals(2, before.size(), before::toString);
        assertVerdict(before, toddler, false, "not-entitled");
        assertVerdict(before, infant, true, null);

        OffsetDateTime start = OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(3)
                .truncatedTo(ChronoUnit.MINUTES);
        String visit = Json.createObjectBuilder().add("childId", infant).add("subDistrict", "三厂街道")
                .add("address", "示例路 1 号").add("preferredWindows", Json.createArrayBuilder().add(Json
                        .createObjectBuilder().add("start", start.toString()).add("end", start.plusHours(2)
                                .toString())))
                .build().toString();
        assertEquals(201, api.post("/api/visits", parent, visit).status());
        assertVerdict(api.get("/api/visits/eligibility", parent).array(), infant, false, "visit-already-open");

        assertProblem(api.get("/api/visits/eligibility", TestTokens.health(HAIMEN)), 403);
        assertEquals(0, api.get("/api/visits/eligibility", TestTokens.resident()).array().size());
    }

    @Test
    void theOpenBatchesOfAChildSayWhetherItMayStillClaimOne() {
        String parent = consentingResident(api);
        String toddler = registerChild(api, parent, 20, HAIMEN);
        String batch = VoucherFixtures.publishedBatch(api, HAIMEN, 50, 1, false);
        assertBatch(parent, toddler, batch, true, null);
        VoucherFixtures.claim(api, parent, toddler, batch);
        assertBatch(parent, toddler, batch, false, "claim-limit-reached");
        assertProblem(VoucherFixtures.tryClaim(api, parent, toddler, batch), 409, "claim-limit-reached");

        String single = VoucherFixtures.publishedBatch(api, HAIMEN, 1, 1, false);
        String other = consentingResident(api);
        VoucherFixtures.claim(api, other, registerChild(api, other, 20, HAIMEN), single);
        assertBatch(parent, toddler, single, false, "batch-sold-out");

        assertFalse(api.get("/api/voucher-batches", TestTokens.health(HAIMEN)).body().contains("mayClaim"),
                "staff lists say nothing per child");
    }

    @Test
    void aGuardianCorrectsNameSexAndBirthDateButNotAgainstTheIdentityNumber() {
        String parent = consentingResident(api);
        LocalDate birth = bornMonthsAgo(7);
        Api.Reply created = api.post("/api/children", parent, childJson("王小明", birth, "RESIDENT_ID",
                residentId(birth), HAIMEN));
        assertEquals(201, created.status(), created::toString);
        String id = created.json().getString("id");
        assertEquals("王*明", created.json().getString("maskedName"));
        String number = created.json().getString("documentNumber");

        JsonObject corrected = ok(api.put("/api/children/" + id, parent, correction("王小红", "FEMALE", birth)));
        assertEquals("王小红", corrected.getString("name"));
        assertEquals("王*红", corrected.getString("maskedName"));
        assertEquals(number, corrected.getString("documentNumber"), "the identity number stays");
        assertEquals(corrected, ok(api.get("/api/children/" + id, parent)));

        assertProblem(api.put("/api/children/" + id, parent, correction("王小红", "FEMALE", birth.minusDays(1))), 400,
                "birth-date-mismatch");
        JsonObject sex = assertProblem(api.put("/api/children/" + id, parent, correction("王小红", "MALE", birth)),
                422, "sex-mismatch");
        assertFalse(sex.toString().contains("王小红"), "no name in a problem");
        assertProblem(api.put("/api/children/" + id, parent, correction("", "FEMALE", birth)), 400);
        assertProblem(api.put("/api/children/" + id, consentingResident(api), correction("别人", "FEMALE", birth)),
                404, "child-not-found");
        assertEquals("王小红", ok(api.get("/api/children/" + id, parent)).getString("name"), "refusals changed nothing");

        // a birth certificate says nothing of birth date or sex: both may be corrected, within 0–36 months
        Api.Reply certified = api.post("/api/children", parent, childJson("测试宝宝", bornMonthsAgo(1),
                "BIRTH_CERTIFICATE", birthCertificate(), HAIMEN));
        assertEquals(201, certified.status(), certified::toString);
        String newborn = certified.json().getString("id");
        LocalDate earlier = bornMonthsAgo(2);
        assertEquals(earlier.toString(), ok(api.put("/api/children/" + newborn, parent,
                correction("测试宝宝", "MALE", earlier))).getString("birthDate"));
        assertProblem(api.put("/api/children/" + newborn, parent, correction("测试宝宝", "MALE",
                FamilyFixtures.todayInChina().minusMonths(40))), 422, "child-too-old");
    }

    @Test
    void registrationRefusesASexTheIdentityNumberContradicts() throws SQLException {
        String parent = consentingResident(api);
        LocalDate birth = bornMonthsAgo(4);
        String name = "性别" + UUID.randomUUID().toString().substring(0, 6);
        String boy = residentId(birth, true);
        JsonObject problem = assertProblem(api.post("/api/children", parent, childJson(name, birth, "RESIDENT_ID",
                boy, HAIMEN)), 422, "sex-mismatch");
        assertFalse(problem.toString().contains(boy), "no identity number in a problem");
        assertEquals(0, count("SELECT count(*) FROM children WHERE name = '" + name + "'"));
        assertEquals(201, api.post("/api/children", parent, childJson(name, birth, "RESIDENT_ID", boy, HAIMEN)
                .replace("FEMALE", "MALE")).status());
        assertEquals(201, api.post("/api/children", parent, childJson(name, birth, "BIRTH_CERTIFICATE",
                birthCertificate(), HAIMEN).replace("FEMALE", "MALE")).status(), "a certificate says nothing of sex");
    }

    @Test
    void removingAChildCancelsWhatIsOpenAndErasesItForEveryGuardian() throws SQLException {
        String parent = consentingResident(api);
        String infant = registerChild(api, parent, 5, HAIMEN);
        String toddler = registerChild(api, parent, 20, HAIMEN);
        String second = consentingResident(api);
        String code = api.post("/api/children/" + infant + "/invitations", parent, "").json().getString("code");
        assertEquals(200, api.post("/api/guardian-invitations/" + code + "/acceptance", second,
                """
                        {"relation": "FATHER"}""").status());
        String clazz = GuidanceFixtures.publishedClass(api, HAIMEN, 10, 0, 12, 4);
        assertEquals(201, GuidanceFixtures.tryBook(api, parent, clazz, infant).status());
        int seatsBefore = ok(api.get("/api/classes/" + clazz, null)).getInt("seatsLeft");

        assertProblem(api.delete("/api/children/" + infant, consentingResident(api)), 404, "child-not-found");
        assertEquals(204, api.delete("/api/children/" + infant, parent).status());

        assertProblem(api.get("/api/children/" + infant, parent), 404, "child-not-found");
        assertProblem(api.get("/api/children/" + infant, second), 404, "child-not-found");
        assertEquals(1, api.get("/api/children", parent).array().size(), "the other child stays");
        assertEquals(toddler, api.get("/api/children", parent).array().getJsonObject(0).getString("id"));
        assertEquals(seatsBefore + 1, ok(api.get("/api/classes/" + clazz, null)).getInt("seatsLeft"),
                "the seat goes back");
        assertEquals(1, count("SELECT count(*) FROM class_bookings WHERE child_id = '" + infant
                + "' AND state = 'CANCELLED'"));
        assertEquals(1, count("SELECT count(*) FROM children WHERE id = '" + infant + "' AND name IS NULL "
                + "AND document_hash IS NULL AND anonymised_at IS NOT NULL"));
        assertEquals(0, count("SELECT count(*) FROM guardianships WHERE child_id = '" + infant + "'"));
        assertProblem(api.delete("/api/children/" + infant, parent), 404, "child-not-found");
    }

    @Test
    void removingAChildCancelsItsUnredeemedVouchers() throws SQLException {
        String parent = consentingResident(api);
        String toddler = registerChild(api, parent, 20, HAIMEN);
        String batch = VoucherFixtures.publishedBatch(api, HAIMEN, 10, 1, true);
        String voucher = VoucherFixtures.claim(api, parent, toddler, batch).getString("id");
        assertEquals(204, api.delete("/api/children/" + toddler, parent).status());
        assertEquals(1, count("SELECT count(*) FROM vouchers WHERE id = '" + voucher + "' AND state = 'CANCELLED'"));
        assertEquals(1, count("SELECT count(*) FROM voucher_audit WHERE voucher_id = '" + voucher
                + "' AND detail = 'child removed by guardian'"));
    }

    private void assertBatch(String parent, String child, String batch, boolean mayClaim, String reason) {
        JsonObject b = api.get("/api/voucher-batches/open?childId=" + child, parent).array().stream()
                .map(JsonObject.class::cast).filter(x -> x.getString("id").equals(batch)).findFirst()
                .orElseThrow(() -> new AssertionError("batch not listed"));
        assertEquals(mayClaim, b.getBoolean("mayClaim"), b::toString);
        assertEquals(reason, b.getString("reason", null), b::toString);
    }

    private static void assertVerdict(JsonArray verdicts, String child, boolean mayBook, String reason) {
        JsonObject v = verdicts.stream().map(JsonObject.class::cast).filter(x -> x.getString("childId").equals(child))
                .findFirst().orElseThrow(() -> new AssertionError("no verdict for the child in " + verdicts));
        assertEquals(mayBook, v.getBoolean("mayBook"), v::toString);
        assertEquals(reason, v.getString("reason", null), v::toString);
    }

    private static String correction(String name, String sex, LocalDate birthDate) {
        return Json.createObjectBuilder().add("name", name).add("sex", sex).add("birthDate", birthDate.toString())
                .build().toString();
    }

    private static JsonObject ok(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    private static long count(String sql) throws SQLException {
        try (Connection db = IntegrationEnvironment.connect();
                PreparedStatement s = db.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
