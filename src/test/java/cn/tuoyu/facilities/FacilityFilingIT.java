package cn.tuoyu.facilities;

import static cn.tuoyu.facilities.FacilityFixtures.FILING;
import static cn.tuoyu.facilities.FacilityFixtures.FILING_MATERIALS;
import static cn.tuoyu.facilities.FacilityFixtures.PDF;
import static cn.tuoyu.facilities.FacilityFixtures.creditCode;
import static cn.tuoyu.facilities.FacilityFixtures.downloadBytes;
import static cn.tuoyu.facilities.FacilityFixtures.places;
import static cn.tuoyu.facilities.FacilityFixtures.record;
import static cn.tuoyu.facilities.FacilityFixtures.recorded;
import static cn.tuoyu.facilities.FacilityFixtures.sendExpectingContinue;
import static cn.tuoyu.facilities.FacilityFixtures.upload;
import static cn.tuoyu.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import cn.tuoyu.testing.AgainstTheApp;
import cn.tuoyu.testing.Api;
import cn.tuoyu.testing.TestDatabase;
import cn.tuoyu.testing.TestTokens;

/**
 * What a facility's staff do before the district reviews anything, over real HTTP: keep their own record (and
 * nobody else's), have bad records refused, open a filing, upload its materials (checked by content and size) and
 * submit it once every material is there.
 */
class FacilityFilingIT extends AgainstTheApp {

    static final String HAIMEN = "320614";
    static final String CHANHE = "410302";
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    // ---- the record -------------------------------------------------------------------------------------------

    @Test
    void staffRecordAndEditTheirOwnFacility() {
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

        Api.Reply edited = api.put("/api/facilities/" + id, staff,
                record("托育甲（改名）", HAIMEN, view.getString("creditCode")).build().toString());
        assertEquals(200, edited.status(), edited::toString);
        assertEquals("托育甲（改名）", edited.json().getString("name"));
    }

    @Test
    void onlyTheFacilitysStaffAndItsDistrictSeeTheRecord() {
        String id = recorded(api, HAIMEN);
        assertEquals(200, api.get("/api/facilities/" + id, TestTokens.health(HAIMEN)).status());
        assertProblem(api.get("/api/facilities/" + id, TestTokens.facility(UUID.randomUUID().toString())), 404);
        assertProblem(api.get("/api/facilities/" + id, TestTokens.health(CHANHE)), 404);
        assertProblem(api.put("/api/facilities/" + id, TestTokens.facility(UUID.randomUUID().toString()),
                record("托育甲", HAIMEN, creditCode(HAIMEN)).build().toString()), 404);
        assertProblem(api.get("/api/facilities/" + id, TestTokens.resident()), 403);
        assertProblem(api.get("/api/facilities/" + id, null), 401);
        assertProblem(api.get("/api/facilities/not-a-uuid", TestTokens.facility(id)), 404);
    }

    @Test
    void badRecordsAreRefusedAndNothingIsStored() {
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
        assertProblem(api.put("/api/facilities/" + id, staff, """
                {"name":"""), 400);

        assertProblem(api.get("/api/facilities/" + id, staff), 404);
        assertEquals(0, TestDatabase.facilities(id));
    }

    @Test
    void aCreditCodeBelongsToOneFacility() {
        String good = creditCode(HAIMEN);
        String first = UUID.randomUUID().toString();
        assertEquals(201, api.put("/api/facilities/" + first, TestTokens.facility(first),
                record("乙", HAIMEN, good).build().toString()).status());
        String second = UUID.randomUUID().toString();
        assertProblem(api.put("/api/facilities/" + second, TestTokens.facility(second), record("丙", HAIMEN, good)
                .build().toString()), 409, "already-used");
        assertEquals(0, TestDatabase.facilities(second));
    }

    // ---- the filing ---------------------------------------------------------------------------------------------

    @Test
    void aFilingIsOpenedOnceAndSubmittedWithEveryMaterial() {
        String id = recorded(api, HAIMEN);
        String staff = TestTokens.facility(id);
        Api.Reply opened = api.post("/api/facilities/" + id + "/applications", staff, FILING);
        assertEquals(201, opened.status(), opened::toString);
        String applicationId = opened.json().getString("id");
        assertTrue(opened.header("Location").endsWith("/applications/" + applicationId));
        assertEquals("DRAFT", opened.json().getString("status"));
        assertProblem(api.post("/api/facilities/" + id + "/applications", staff, FILING), 409,
                "application-in-progress");

        String base = "/api/facilities/" + id + "/applications/" + applicationId;
        JsonObject missing = assertProblem(api.post(base + "/submission", staff, "{}"), 422, "materials-missing");
        assertTrue(missing.getString("detail").contains("fire-safety"));
        for (String kind : FILING_MATERIALS) {
            assertEquals(200, upload(api, staff, base, kind, "application/pdf", PDF).status());
        }
        Api.Reply submitted = api.post(base + "/submission", staff, "{}");
        assertEquals(200, submitted.status(), submitted::toString);
        assertEquals("PENDING", submitted.json().getString("status"));
        assertEquals(5, submitted.json().getJsonArray("materials").size());
        assertProblem(upload(api, staff, base, "fire-safety", "application/pdf", PDF), 409);
    }

    // ---- uploads ------------------------------------------------------------------------------------------------

    @Test
    void uploadsAreCheckedByContentSizeAndWhoSendsThem() {
        String id = recorded(api, CHANHE);
        String staff = TestTokens.facility(id);
        String base = openedFiling(id);

        byte[] script = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertProblem(upload(api, staff, base, "business-licence", "application/pdf", script), 415,
                "unsupported-file");
        assertProblem(upload(api, staff, base, "business-licence", "application/pdf", PNG), 415, "unsupported-file");
        assertProblem(upload(api, staff, base, "business-licence", "text/html", script), 415, "unsupported-file");
        assertProblem(upload(api, staff, base, "business-licence", "application/pdf", new byte[0]), 400,
                "empty-file");
        assertProblem(upload(api, staff, base, "no-such-kind", "application/pdf", PDF), 404);
        assertProblem(upload(api, TestTokens.facility(UUID.randomUUID().toString()), base, "business-licence",
                "application/pdf", PDF), 404);
        assertProblem(upload(api, TestTokens.health(CHANHE), base, "business-licence", "application/pdf", PDF), 403);

        byte[] oversize = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, oversize, 0, PDF.length);
        // as a well-behaved client sends a large body: the 413 comes before the body is sent
        assertProblem(sendExpectingContinue(api.request(base + "/materials/premises-proof", staff)
                .header("Content-Type", "application/pdf").PUT(HttpRequest.BodyPublishers.ofByteArray(oversize))), 413);
        Api.Reply application = api.get(base, staff);
        assertEquals(200, application.status(), application::toString);
        assertTrue(application.json().getJsonArray("materials").isEmpty(), "nothing stored");
    }

    @Test
    void anUploadedMaterialIsStoredAndDownloadedAsSent() {
        String id = recorded(api, CHANHE);
        String staff = TestTokens.facility(id);
        String base = openedFiling(id);

        byte[] big = new byte[200 * 1024];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        Api.Reply stored = upload(api, staff, base, "premises-proof", "application/pdf", big);
        assertEquals(200, stored.status(), "above the 64 KiB JSON cap, below the upload limit: " + stored);
        assertEquals(big.length, stored.json().getInt("sizeBytes"));
        Api.Reply png = upload(api, staff, base, "staff-certificates", "image/png", PNG);
        assertEquals("image/png", png.json().getString("contentType"));

        HttpResponse<byte[]> download = downloadBytes(api, base + "/materials/premises-proof", staff);
        assertEquals(200, download.statusCode());
        assertArrayEquals(big, download.body());
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(download.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        assertEquals(200, downloadBytes(api, base + "/materials/premises-proof", TestTokens.health(CHANHE))
                .statusCode());
        assertEquals(404, downloadBytes(api, base + "/materials/premises-proof", TestTokens.health(HAIMEN))
                .statusCode());
        assertEquals(404, downloadBytes(api, base + "/materials/fire-safety", staff).statusCode());
    }

    /** A draft filing of the facility; returns its path. */
    private String openedFiling(String facilityId) {
        Api.Reply opened = api.post("/api/facilities/" + facilityId + "/applications",
                TestTokens.facility(facilityId), FILING);
        assertEquals(201, opened.status(), opened::toString);
        return "/api/facilities/" + facilityId + "/applications/" + opened.json().getString("id");
    }

    static void assertField(JsonObject problem, String field) {
        assertTrue(problem.getJsonArray("errors").stream()
                .anyMatch(e -> e.asJsonObject().getString("field").equals(field)), () -> field + " in " + problem);
    }
}
