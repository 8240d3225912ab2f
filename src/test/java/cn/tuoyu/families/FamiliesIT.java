package cn.tuoyu.families;

import static cn.tuoyu.families.FamilyFixtures.birthCertificate;
import static cn.tuoyu.families.FamilyFixtures.bornMonthsAgo;
import static cn.tuoyu.families.FamilyFixtures.childJson;
import static cn.tuoyu.families.FamilyFixtures.consent;
import static cn.tuoyu.families.FamilyFixtures.consentingResident;
import static cn.tuoyu.families.FamilyFixtures.registerChild;
import static cn.tuoyu.families.FamilyFixtures.residentId;
import static cn.tuoyu.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import cn.tuoyu.families.boundary.ConsentsResource;
import cn.tuoyu.testing.AgainstTheApp;
import cn.tuoyu.testing.Api;
import cn.tuoyu.testing.Bodies;
import cn.tuoyu.testing.IntegrationEnvironment;
import cn.tuoyu.testing.TestDatabase;
import cn.tuoyu.testing.TestTokens;

/** Children, guardians, consent, identity numbers, staff access and districts, over HTTP with each role's token. */
class FamiliesIT extends AgainstTheApp {

    static final String FATHER = """
            {"relation": "FATHER"}""";
    static final String GRANDPARENT = """
            {"relation": "GRANDPARENT"}""";

    @Test
    void aGuardianRegistersAChildWhoseIdentityNumberIsStoredEncryptedAndShownMasked() throws SQLException {
        String parent = consentingResident(api);
        LocalDate birth = bornMonthsAgo(5);
        String number = residentId(birth);
        Api.Reply created = api.post("/api/children", parent, childJson("王小明", birth, "RESIDENT_ID", number,
                "320614"));
        assertEquals(201, created.status(), created::toString);
        JsonObject child = created.json();
        String id = child.getString("id");
        assertTrue(created.header("Location").endsWith("/api/children/" + id), created.header("Location"));
        assertEquals("*".repeat(18), child.getString("documentNumber"), "next to birth date and district, any "
                + "character of the number would help rebuild it");
        assertEquals(5, child.getInt("ageInMonths"));
        assertFalse(created.body().contains(number), "the plain number never leaves the server");

        assertEquals(child, ok(api.get("/api/children/" + id, parent)));
        JsonArray mine = api.get("/api/children", parent).array();
        assertEquals(1, mine.size());
        assertEquals(id, mine.getJsonObject(0).getString("id"));

        try (Connection db = IntegrationEnvironment.connect();
                PreparedStatement s = db.prepareStatement(
                        "SELECT c::text, document_cipher, document_hash FROM children c WHERE id = ?")) {
            s.setObject(1, UUID.fromString(id));
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                assertFalse(r.getString(1).contains(number), "no plain number in the row");
                assertFalse(new String(r.getBytes(2), java.nio.charset.StandardCharsets.ISO_8859_1).contains(number));
                assertEquals(32, r.getBytes(3).length);
            }
        }
    }

    @Test
    void withoutCurrentConsentNothingIsStoredOrShown() throws SQLException {
        String parent = TestTokens.resident();
        String name = uniqueName();
        LocalDate birth = bornMonthsAgo(3);
        assertProblem(api.post("/api/children", parent, childJson(name, birth, "BIRTH_CERTIFICATE",
                birthCertificate(), "320614")), 422, "children-data-consent-required");
        assertProblem(api.get("/api/children", parent), 422, "children-data-consent-required");
        assertProblem(
                api.put("/api/consents/children-data", parent,
                        Bodies.json(new ConsentsResource.ConsentRequest("2019-01"))),
                422,
                "outdated-notice");
        assertFalse(ok(api.get("/api/consents/children-data", parent)).getBoolean("consented"));
        assertEquals(0, count("SELECT count(*) FROM children WHERE name LIKE ?", name + "%"));

        consent(api, parent);
        JsonObject status = ok(api.get("/api/consents/children-data", parent));
        assertTrue(status.getBoolean("consented"));
        assertEquals(FamilyFixtures.NOTICE, status.getString("consentedVersion"));
        assertTrue(status.getString("givenAt").endsWith("+08:00"), "one time format on the wire: " + status);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() throws SQLException {
        String parent = consentingResident(api);
        String name = uniqueName();
        LocalDate birth = bornMonthsAgo(8);
        String valid = residentId(birth);
        String badCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        assertEquals("urn:tuoyu:problem:invalid-identity-document", assertProblem(api.post("/api/children", parent,
                childJson(name, birth, "RESIDENT_ID", badCheck, "320614")), 400).getString("type"));
        assertTrue(assertProblem(api.post("/api/children", parent, childJson(name, birth, "RESIDENT_ID", badCheck,
                "320614")), 400).getString("detail").startsWith("document.number"));
        LocalDate tomorrow = FamilyFixtures.todayInChina().plusDays(1);
        assertProblem(api.post("/api/children", parent, childJson(name, tomorrow, "BIRTH_CERTIFICATE",
                birthCertificate(), "320614")), 400, "birth-date-in-future");
        LocalDate old = FamilyFixtures.todayInChina().minusMonths(37);
        assertProblem(api.post("/api/children", parent, childJson(name, old, "RESIDENT_ID", residentId(old),
                "320614")), 422, "child-too-old");
        assertProblem(api.post("/api/children", parent, childJson(name, birth, "RESIDENT_ID", residentId(birth),
                "999999")), 422, "unknown-district");
        assertProblem(api.post("/api/children", parent, childJson(name, birth.minusDays(1), "RESIDENT_ID",
                residentId(birth), "320614")), 400, "birth-date-mismatch");
        JsonObject missing = assertProblem(
                api.post("/api/children", parent, Json.createObjectBuilder().add("name", name).build().toString()),
                400);
        assertTrue(missing.getJsonArray("errors").toString().contains("birthDate"), missing::toString);
        JsonObject tooLong = assertProblem(api.post("/api/children", parent, childJson("长".repeat(51), birth,
                "RESIDENT_ID", residentId(birth), "320614")), 400);
        assertTrue(tooLong.getJsonArray("errors").toString().contains("name"), tooLong::toString);
        for (String hidden : new String[] {"\u202E", "\u200B", "\u2066", "\n"}) {
            JsonObject invisible = assertProblem(api.post("/api/children", parent, Json.createObjectBuilder()
                    .add("name", name + hidden + "明").add("sex", "FEMALE").add("birthDate", birth.toString())
                    .add("documentKind", "RESIDENT_ID").add("documentNumber", residentId(birth))
                    .add("districtCode", "320614").add("relation", "MOTHER").build().toString()), 400, "validation");
            assertEquals("name", invisible.getJsonArray("errors").getJsonObject(0).getString("field"),
                    invisible::toString);
        }
        assertProblem(api.post("/api/children", parent, """
                {"name": "x","""), 400);
        assertProblem(api.post("/api/children", parent, childJson(name, birth, "PASSPORT", "X1", "320614")), 400);
        assertEquals(0, count("SELECT count(*) FROM children WHERE name LIKE ?", name + "%"));
        assertEquals(0, api.get("/api/children", parent).array().size());
    }

    @Test
    void theSameChildCannotBeRegisteredTwiceAndTheSecondAttemptLearnsNothing() throws SQLException {
        String first = consentingResident(api);
        String second = consentingResident(api);
        LocalDate birth = bornMonthsAgo(2);
        String number = residentId(birth);
        String id = api.post("/api/children", first, childJson("甲", birth, "RESIDENT_ID", number, "320614")).json()
                .getString("id");
        Api.Reply again = api.post("/api/children", second, childJson("乙", birth, "RESIDENT_ID",
                " " + number.toLowerCase() + " ", "410302"));
        assertProblem(again, 409, "child-already-registered");
        Api.Reply retried = api.post("/api/children", first, childJson("甲", birth, "RESIDENT_ID", number, "320614"));
        assertEquals(id, retried.json().getString("id"), "the registering guardian's retry gets the same child");
        assertEquals(1, count("SELECT count(*) FROM guardianships WHERE child_id = ?::uuid", id));
        assertFalse(again.body().contains(id), "does not reveal the child");
        assertEquals(0, api.get("/api/children", second).array().size());
        String certificate = birthCertificate();
        assertEquals(201, api.post("/api/children", first, childJson("丙", birth, "BIRTH_CERTIFICATE", certificate,
                "320614")).status());
        assertProblem(api.post("/api/children", second, childJson("丙", birth, "BIRTH_CERTIFICATE", certificate,
                "320614")), 409, "child-already-registered");
    }

    @Test
    void aStrangerRegisteringAnotherFamilysNumberLearnsNothingIsAuditedAndIsLimited() throws SQLException {
        String owner = consentingResident(api);
        String ownerSubject = subject(owner);
        LocalDate birth = bornMonthsAgo(7);
        String number = residentId(birth);
        String id = api.post("/api/children", owner, childJson("甲", birth, "RESIDENT_ID", number, "320614")).json()
                .getString("id");
        String partner = consentingResident(api);
        JsonObject toPartner = assertProblem(api.post("/api/children", partner, childJson("甲", birth, "RESIDENT_ID",
                number, "320614")), 409, "child-already-registered");

        String stranger = consentingResident(api);
        String strangerSubject = subject(stranger);
        for (int i = 0; i < 5; i++) {
            Api.Reply refused = api.post("/api/children", stranger, childJson("乙", birth, "RESIDENT_ID", number,
                    "410302"));
            JsonObject problem = assertProblem(refused, 409, "child-already-registered");
            assertEquals(toPartner.getString("detail"), problem.getString("detail"),
                    "the same answer as the other guardian, who needs an invitation");
            assertEquals(Set.of("type", "title", "status", "detail", "instance"), problem.keySet());
            assertFalse(refused.body().contains(id) || refused.body().contains(ownerSubject)
                    || refused.body().contains(number.substring(14)), refused::toString);
        }
        Api.Reply limited = api.post("/api/children", stranger, childJson("乙", birth, "RESIDENT_ID", number,
                "410302"));
        assertProblem(limited, 429, "registration-attempts-limited");
        long wait = Long.parseLong(limited.header("Retry-After"));
        assertTrue(wait > 3500 && wait <= 3600, limited.header("Retry-After"));
        LocalDate other = bornMonthsAgo(8);
        assertProblem(api.post("/api/children", stranger, childJson("丙", other, "RESIDENT_ID", residentId(other),
                "410302")), 429, "registration-attempts-limited");
        assertEquals(201, api.post("/api/children", partner, childJson("丁", other, "RESIDENT_ID", residentId(other),
                "410302")).status(), "counted per resident");

        assertEquals(5, count("SELECT count(*) FROM registration_refusals WHERE subject = ? AND outcome = 'REFUSED' "
                + "AND refused_at > now() - interval '1 minute' AND length(document_hash) = 32", strangerSubject));
        assertEquals(2, count("SELECT count(*) FROM registration_refusals WHERE subject = ? AND outcome = "
                + "'RATE_LIMITED'", strangerSubject));
        assertEquals(0, count("SELECT count(*) FROM registration_refusals r WHERE r::text LIKE ?",
                "%" + number.substring(6, 14) + "%"), "never the number");
        assertEquals(0, api.get("/api/children", stranger).array().size(), "nothing was registered for the stranger");

        SQLException appendOnly = TestDatabase.refusalOf("DELETE FROM registration_refusals WHERE subject = ?",
                strangerSubject);
        assertNotNull(appendOnly, "the refusals accepted a delete");
        assertTrue(appendOnly.getMessage().contains("append-only"));
    }

    private static String subject(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                StandardCharsets.UTF_8);
        return Json.createReader(new StringReader(payload)).readObject().getString("sub");
    }

    @Test
    void anotherFamilysChildIsNotFoundNeverForbidden() {
        String owner = consentingResident(api);
        String stranger = consentingResident(api);
        String id = registerChild(api, owner, 4, "320614");
        assertProblem(api.get("/api/children/" + id, stranger), 404, "child-not-found");
        assertProblem(api.post("/api/children/" + id + "/invitations", stranger, ""), 404, "child-not-found");
        assertProblem(api.get("/api/children/" + id + "/entitlements", stranger), 404, "child-not-found");
        assertProblem(api.get("/api/children/" + UUID.randomUUID(), owner), 404, "child-not-found");
        assertProblem(api.get("/api/children/not-a-uuid", owner), 404);
        assertProblem(api.get("/api/children", TestTokens.facility("f-1")), 403);
        assertProblem(api.get("/api/children", TestTokens.health("320614")), 403);
        assertProblem(api.get("/api/children", null), 401);
    }

    @Test
    void aSecondGuardianJoinsByInvitationOnce() throws SQLException {
        String mother = consentingResident(api);
        String father = consentingResident(api);
        String id = registerChild(api, mother, 10, "320614");
        Api.Reply issued = api.post("/api/children/" + id + "/invitations", mother, "");
        assertEquals(201, issued.status(), issued::toString);
        String code = issued.json().getString("code");

        String unconsented = TestTokens.resident();
        assertProblem(api.post("/api/guardian-invitations/" + code + "/acceptance", unconsented,
                FATHER), 422, "children-data-consent-required");
        assertProblem(api.post("/api/guardian-invitations/" + code + "/acceptance", mother,
                FATHER), 409, "already-guardian");
        assertProblem(api.post("/api/guardian-invitations/" + code + "/acceptance", father, "{}"), 400);
        Api.Reply accepted = api.post("/api/guardian-invitations/" + code + "/acceptance", father,
                FATHER);
        assertEquals(200, accepted.status(), accepted::toString);
        assertEquals(id, accepted.json().getString("id"));
        assertEquals(id, api.get("/api/children", father).array().getJsonObject(0).getString("id"));
        assertProblem(api.post("/api/guardian-invitations/" + code + "/acceptance", consentingResident(api),
                GRANDPARENT), 409, "invitation-already-used");
        assertProblem(api.post("/api/guardian-invitations/" + UUID.randomUUID() + "/acceptance", father,
                FATHER), 404, "invitation-not-found");

        JsonObject late = api.post("/api/children/" + id + "/invitations", mother, "").json();
        clock.passTo(Instant.parse(late.getString("expiresAt")).plusSeconds(1));
        assertProblem(api.post("/api/guardian-invitations/" + late.getString("code") + "/acceptance",
                consentingResident(api),
                GRANDPARENT), 422, "invitation-expired");
    }

    @Test
    void withdrawingConsentStopsProcessingAndErasesTheChildNoConsentingGuardianIsLeftFor() throws SQLException {
        String parent = consentingResident(api);
        LocalDate birth = bornMonthsAgo(7);
        String number = residentId(birth);
        String id = api.post("/api/children", parent, childJson("李四", birth, "RESIDENT_ID", number, "320614"))
                .json().getString("id");
        assertEquals(204, api.delete("/api/consents/children-data", parent).status());
        assertProblem(api.get("/api/children", parent), 422, "children-data-consent-required");
        assertProblem(api.get("/api/children/" + id, parent), 422, "children-data-consent-required");
        assertEquals(1, count("SELECT count(*) FROM children WHERE id = ?::uuid AND anonymised_at IS NOT NULL "
                + "AND name IS NULL AND birth_date IS NULL AND document_cipher IS NULL AND document_hash IS NULL "
                + "AND document_masked IS NULL", id));
        assertEquals(0, count("SELECT count(*) FROM guardianships WHERE child_id = ?::uuid", id));
        assertProblem(api.get("/api/staff/children/" + id + "?purpose=HOME_VISIT", TestTokens.health("320614")),
                404);

        consent(api, parent);
        assertEquals(201, api.post("/api/children", parent, childJson("李四", birth, "RESIDENT_ID", number,
                "320614")).status(), "the erased number can be registered afresh");

        String mother = consentingResident(api);
        String father = consentingResident(api);
        String shared = registerChild(api, mother, 9, "320614");
        String code = api.post("/api/children/" + shared + "/invitations", mother, "").json().getString("code");
        api.post("/api/guardian-invitations/" + code + "/acceptance", father, FATHER);
        assertEquals(204, api.delete("/api/consents/children-data", mother).status());
        assertEquals(shared, ok(api.get("/api/children/" + shared, father)).getString("id"),
                "kept for the guardian whose consent stands");
    }

    @Test
    void healthStaffSeeChildrenOfTheirDistrictOnlyAndEveryStaffReadIsLogged() throws SQLException {
        String parent = consentingResident(api);
        String id = registerChild(api, parent, 14, "420303");
        String health = TestTokens.health("420303");
        JsonObject seen = ok(api.get("/api/staff/children/" + id + "?purpose=HOME_VISIT", health));
        assertEquals("测**宝", seen.getString("maskedName"));
        assertEquals("*".repeat(18), seen.getString("documentNumber"));
        assertEquals(14, seen.getInt("ageInMonths"));
        assertFalse(seen.containsKey("name"));
        assertFalse(seen.containsKey("birthDate"), "staff get the age in months, not the birth date");
        assertProblem(api.get("/api/staff/children/" + id + "?purpose=HOME_VISIT", TestTokens.health("320614")), 404,
                "child-not-found");
        JsonObject noPurpose = assertProblem(api.get("/api/staff/children/" + id, health), 400);
        assertTrue(noPurpose.getJsonArray("errors").toString().contains("purpose"), noPurpose::toString);
        assertProblem(api.get("/api/staff/children/" + id + "?purpose=CURIOSITY", health), 400);
        assertProblem(api.get("/api/staff/children/" + id + "?purpose=HOME_VISIT", parent), 403);
        // one read only: every staff list read is logged for each child listed
        JsonObject listed = ok(api.get("/api/staff/children?purpose=SERVICE_REVIEW&size=100", health));
        assertTrue(listed.getJsonArray("items").stream().anyMatch(c -> c.asJsonObject().getString("id").equals(id)));
        assertTrue(listed.getJsonNumber("total").longValue() >= listed.getJsonArray("items").size(), listed::toString);
        assertProblem(api.get("/api/staff/children?purpose=SERVICE_REVIEW&size=101", health), 400);

        assertProblem(api.get("/api/staff/children/" + id + "/summary?purpose=VOUCHER_REDEMPTION",
                TestTokens.facility("f-log")), 404, "child-not-found");
        assertProblem(api.get("/api/staff/children/" + id + "/summary?purpose=VOUCHER_REDEMPTION", parent), 403);

        assertEquals(1, count("SELECT count(*) FROM child_access_log WHERE child_id = ?::uuid AND actor_role = "
                + "'health-commission' AND purpose = 'HOME_VISIT' AND actor_scope = '420303'", id));
        assertEquals(1, count("SELECT count(*) FROM child_access_log WHERE child_id = ?::uuid AND actor_role = "
                + "'health-commission' AND purpose = 'SERVICE_REVIEW'", id));
        assertEquals(2, count("SELECT count(*) FROM child_access_log WHERE child_id = ?::uuid", id),
                "refused reads (the facility's too) and the guardian's own reads are not staff reads");
    }

    @Test
    void districtsAreListedForEveryoneSignedInAndTheirStaffCorrectThePopulation() {
        for (String token : new String[] {TestTokens.resident(), TestTokens.facility("f-1"),
                TestTokens.health("410302")}) {
            JsonArray all = api.get("/api/districts", token).array();
            assertEquals(6, all.size());
        }
        JsonObject haimen = ok(api.get("/api/districts/320614", TestTokens.resident()));
        assertEquals("海门区", haimen.getString("name"));
        assertEquals("南通市", haimen.getString("cityName"));
        assertProblem(api.get("/api/districts", null), 401);
        assertProblem(api.get("/api/districts/000000", TestTokens.resident()), 404, "district-not-found");

        String staff = TestTokens.health("420302");
        int before = ok(api.get("/api/districts/420302", staff)).getInt("population");
        assertEquals(before + 1, ok(api.put("/api/districts/420302/population", staff,
                population(before + 1))).getInt("population"));
        assertEquals(before, ok(api.put("/api/districts/420302/population", staff,
                population(before))).getInt("population"));
        assertProblem(api.put("/api/districts/420303/population", staff, population(5)), 404,
                "other-district");
        assertProblem(api.put("/api/districts/999999/population", staff, population(5)), 404,
                "other-district");
        assertProblem(api.put("/api/districts/420302/population", TestTokens.resident(), population(5)), 403);
        JsonObject invalid = assertProblem(api.put("/api/districts/420302/population", staff, population(0)),
                400);
        assertTrue(invalid.getJsonArray("errors").toString().contains("population"), invalid::toString);
    }

    private static String uniqueName() {
        return "测试" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static JsonObject ok(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    private static long count(String sql, String... parameters) throws SQLException {
        try (Connection db = IntegrationEnvironment.connect(); PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static String population(int population) {
        return """
                {"population": %d}""".formatted(population);
    }
}
