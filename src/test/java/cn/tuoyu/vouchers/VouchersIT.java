package cn.tuoyu.vouchers;

import static cn.tuoyu.testing.Problems.assertNames;
import static cn.tuoyu.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpRequest;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import cn.tuoyu.facilities.FacilityFixtures;
import cn.tuoyu.families.FamilyFixtures;
import cn.tuoyu.testing.AgainstTheApp;
import cn.tuoyu.testing.Api;
import cn.tuoyu.testing.Bodies;
import cn.tuoyu.testing.Concurrently;
import cn.tuoyu.testing.TestDatabase;
import cn.tuoyu.testing.TestTokens;
import cn.tuoyu.vouchers.boundary.ClaimRequest;
import cn.tuoyu.vouchers.boundary.QuantityRequest;
import cn.tuoyu.vouchers.boundary.StatusRequest;
import cn.tuoyu.vouchers.boundary.VoidRequest;
import cn.tuoyu.vouchers.control.QrCodes;
import cn.tuoyu.vouchers.entity.BatchStatus;
import cn.tuoyu.vouchers.entity.RotatingCode;

/** Vouchers over HTTP: batches, claims, the rotating code, redemption exactly once, voids, expiry, settlement. */
class VouchersIT extends AgainstTheApp {

    static final String HAIMEN = "320614";
    static final String CHANHE = "410302";

    /** A family with one child of that age in Haimen: the resident's token and the child's id. */
    record Family(String token, String childId) {
    }

    Family family(int months) {
        String token = FamilyFixtures.consentingResident(api);
        return new Family(token, FamilyFixtures.registerChild(api, token, months, HAIMEN));
    }

    static String batchJson(String name, int quantity, int perChild, boolean reserves) {
        return VoucherFixtures.batchJson(name, quantity, perChild, reserves);
    }

    /** A published batch of Haimen; returns its id. */
    String publishedBatch(int quantity, int perChild, boolean reserves) {
        return VoucherFixtures.publishedBatch(api, HAIMEN, quantity, perChild, reserves);
    }

    JsonObject claim(Family family, String batchId) {
        return VoucherFixtures.claim(api, family.token(), family.childId(), batchId);
    }

    String codeText(Family family, String voucherId) {
        return VoucherFixtures.codeText(api, family.token(), voucherId);
    }

    Api.Reply redeem(String facilityId, String json, String idempotencyKey) {
        return VoucherFixtures.redeem(api, facilityId, json, idempotencyKey);
    }

    static String scanned(String text) {
        return VoucherFixtures.scanned(text);
    }

    @Test
    void healthStaffRunTheirDistrictsBatches() {
        String health = TestTokens.health(HAIMEN);
        Api.Reply created = api.post("/api/voucher-batches", health, batchJson("冬季体验券", 10, 1, false));
        assertEquals(201, created.status(), created::toString);
        String id = created.json().getString("id");
        assertTrue(created.header("Location").endsWith("/api/voucher-batches/" + id));
        assertEquals("DRAFT", created.json().getString("status"));

        Family family = family(20);
        assertTrue(open(family).stream().noneMatch(b -> b.getString("id").equals(id)), "a draft is not open");
        String path = "/api/voucher-batches/" + id;
        assertProblem(api.get(path, TestTokens.health(CHANHE)), 404);
        assertProblem(api.put(path + "/status", TestTokens.health(CHANHE), status(BatchStatus.PUBLISHED)), 404);
        assertProblem(api.post("/api/voucher-batches", family.token(), batchJson("x", 1, 1, false)), 403);
        assertProblem(api.put(path + "/status", health, status(BatchStatus.PAUSED)), 409, "batch-status-change");

        assertEquals("PUBLISHED", api.put(path + "/status", health, status(BatchStatus.PUBLISHED)).json()
                .getString("status"));
        assertTrue(open(family).stream().anyMatch(b -> b.getString("id").equals(id)));
        claim(family, id);
        claim(family(30), id);
        assertProblem(api.put(path + "/quantity", health, quantity(0)), 400, "validation");
        assertEquals(25, api.put(path + "/quantity", health, quantity(25)).json().getInt("quantity"));
        assertProblem(api.put(path + "/quantity", health, quantity(1)), 409, "quantity-below-claimed");
        JsonObject shrunk = api.put(path + "/quantity", health, quantity(2)).json();
        assertEquals(2, shrunk.getInt("quantity"));
        assertEquals(0, shrunk.getInt("remaining"));
        assertProblem(api.post("/api/vouchers", family(20).token(), "{}"), 400, "validation");

        assertEquals("PAUSED", api.put(path + "/status", health, status(BatchStatus.PAUSED)).json()
                .getString("status"));
        assertTrue(open(family).stream().noneMatch(b -> b.getString("id").equals(id)), "a paused batch is not open");
        assertEquals("CLOSED", api.put(path + "/status", health, status(BatchStatus.CLOSED)).json()
                .getString("status"));
        assertProblem(api.put(path + "/status", health, status(BatchStatus.PUBLISHED)), 409, "batch-status-change");
        assertProblem(api.put(path + "/quantity", health, quantity(30)), 409, "batch-closed");
        JsonObject listed = api.get("/api/voucher-batches", health).array().stream().map(v -> v.asJsonObject())
                .filter(b -> b.getString("id").equals(id)).findFirst().orElseThrow();
        assertEquals(2, listed.getInt("issued"));
    }

    @Test
    void staffAreToldWhetherABatchsQuantityMayStillChange() {
        String health = TestTokens.health(HAIMEN);
        JsonObject draft = api.post("/api/voucher-batches", health, batchJson("调整数量券", 10, 1, false)).json();
        assertTrue(draft.getBoolean("mayResize"), "a draft");
        String path = "/api/voucher-batches/" + draft.getString("id");
        assertTrue(api.put(path + "/status", health, "{\"status\":\"PUBLISHED\"}").json().getBoolean("mayResize"));
        JsonObject closed = api.put(path + "/status", health, "{\"status\":\"CLOSED\"}").json();
        assertFalse(closed.getBoolean("mayResize"), "a closed batch");
        assertFalse(api.get(path, health).json().getBoolean("mayResize"));
        String published = publishedBatch(5, 1, false);
        JsonObject offered = open(family(20)).stream().filter(b -> b.getString("id").equals(published)).findFirst()
                .orElseThrow();
        assertFalse(offered.containsKey("mayResize"), "a resident is told nothing about the quantity");
    }

    @Test
    void aParentIsToldWhichVouchersMayStillBeShown() throws Exception {
        Family family = family(20);
        JsonObject claimed = claim(family, publishedBatch(10, 1, false));
        String id = claimed.getString("id");
        assertTrue(claimed.getBoolean("usable"));
        assertTrue(api.get("/api/vouchers/" + id, family.token()).json().getBoolean("usable"));
        String facility = FacilityFixtures.filed(api, HAIMEN);
        assertEquals(201, redeem(facility, scanned(codeText(family, id)), null).status());
        assertFalse(api.get("/api/vouchers/" + id, family.token()).json().getBoolean("usable"), "a redeemed one");
        assertFalse(api.get("/api/vouchers", family.token()).array().getJsonObject(0).getBoolean("usable"));
    }

    @Test
    void aBatchsPublicStatusIsCacheableAndItsETagFollowsTheBatch() {
        String health = TestTokens.health(HAIMEN);
        Api.Reply draft = api.post("/api/voucher-batches", health, batchJson("公开状态", 1, 1, false));
        assertProblem(api.get("/api/public/voucher-batches/" + draft.json().getString("id") + "/status", null), 404);

        String batch = publishedBatch(1, 1, false);
        String path = "/api/public/voucher-batches/" + batch + "/status";
        Api.Reply open = api.get(path, null);
        assertEquals(200, open.status(), open::toString);
        assertEquals("OPEN", open.json().getString("availability"));
        assertEquals(1, open.json().getInt("remaining"));
        assertEquals("public, max-age=1", open.header("Cache-Control"));
        String tag = open.header("ETag");
        assertNotNull(tag);
        assertEquals(304, conditional(path, tag).status(), "unchanged: not modified");

        claim(family(20), batch);
        Api.Reply soldOut = conditional(path, tag);
        assertEquals(200, soldOut.status(), "a claim changes it");
        assertEquals("SOLD_OUT", soldOut.json().getString("availability"));
        assertEquals(0, soldOut.json().getInt("remaining"));
        assertEquals("public, max-age=5", soldOut.header("Cache-Control"));
        assertFalse(soldOut.body().contains("createdBy") || soldOut.body().contains("facilityIds"), soldOut::toString);

        String soldOutTag = soldOut.header("ETag");
        assertEquals(200, api.put("/api/voucher-batches/" + batch + "/quantity", health,
                Bodies.json(new QuantityRequest(3))).status());
        Api.Reply more = conditional(path, soldOutTag);
        assertEquals(200, more.status(), "a new quantity changes it");
        assertEquals(2, more.json().getInt("remaining"));
        assertEquals(200, api.put("/api/voucher-batches/" + batch + "/status", health,
                Bodies.json(new StatusRequest(BatchStatus.PAUSED))).status());
        assertEquals("PAUSED", conditional(path, more.header("ETag")).json().getString("availability"));
        assertProblem(api.get("/api/public/voucher-batches/" + UUID.randomUUID() + "/status", null), 404);
    }

    private Api.Reply conditional(String path, String etag) {
        return api.send(api.request(path, null).header("If-None-Match", etag).GET());
    }

    @Test
    void theOpenApiDocumentDescribesTheVoucherEndpoints() {
        Api.Reply openapi = api.send(api.request("/openapi", null).setHeader("Accept", "text/plain").GET());
        assertEquals(200, openapi.status(), openapi::toString);
        for (String path : List.of("/api/voucher-batches", "/api/vouchers/{id}/code", "/api/redemptions",
                "/api/redemptions/photo", "/api/settlements/csv")) {
            assertTrue(openapi.body().contains(path), path);
        }
    }

    @Test
    void badBatchesAreRefusedAndNothingIsStored() throws Exception {
        String health = TestTokens.health(HAIMEN);
        long before = TestDatabase.voucherBatches();
        JsonObject invalid = assertProblem(api.post("/api/voucher-batches", health,
                """
                        {"name": "", "quantity": -1, "perChildLimit": 1, "minAgeMonths": 13, "maxAgeMonths": 40}"""),
                400,
                "validation");
        List<String> fields = invalid.getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList();
        assertTrue(fields.containsAll(List.of("name", "quantity", "maxAgeMonths", "claimOpensAt")), fields::toString);
        String backwards = batchJson("倒序", 5, 1, false).replace("\"minAgeMonths\":13", "\"minAgeMonths\":30")
                .replace("\"maxAgeMonths\":36", "\"maxAgeMonths\":20");
        assertNames(assertProblem(api.post("/api/voucher-batches", health, backwards), 422, "invalid-batch-terms"),
                "maxAgeMonths");
        // claims closing before they open, vouchers expiring before claims close: each named by its field
        OffsetDateTime now = OffsetDateTime.now(ZoneId.of("Asia/Shanghai"));
        JsonObject valid = Json.createReader(new StringReader(batchJson("矛盾", 5, 1, false))).readObject();
        String contradictory = Json.createObjectBuilder(valid).add("claimOpensAt", now.plusDays(10).toString())
                .add("claimClosesAt", now.plusDays(5).toString()).add("validUntil", now.plusDays(1).toString())
                .build().toString();
        JsonObject terms = assertProblem(api.post("/api/voucher-batches", health, contradictory), 422,
                "invalid-batch-terms");
        assertNames(terms, "claimClosesAt");
        assertNames(terms, "validUntil");
        assertEquals(2, terms.getJsonArray("errors").size(), terms::toString);
        assertTrue(terms.getString("detail").contains("claimClosesAt"), terms::toString);
        assertProblem(api.post("/api/voucher-batches", health, """
                {"name":"""), 400, "malformed-json");
        String yearOne = batchJson("远古批次", 5, 1, false).replaceFirst("\"claimOpensAt\":\"[^\"]+\"",
                "\"claimOpensAt\":\"0001-01-01T09:00:00+08:00\"");
        assertTrue(refusedFields(health, yearOne).contains("claimOpensAt"));
        String farFuture = batchJson("万年批次", 5, 1, false).replaceFirst("\"validUntil\":\"[^\"]+\"",
                "\"validUntil\":\"9999-12-31T09:00:00+08:00\"");
        assertTrue(refusedFields(health, farFuture).contains("validUntil"));
        assertTrue(refusedFields(health, batchJson("体验券\u202Eslx.exe", 5, 1, false)).contains("name"));
        assertEquals(before, TestDatabase.voucherBatches());
    }

    private List<String> refusedFields(String token, String json) {
        return assertProblem(api.post("/api/voucher-batches", token, json), 400, "validation").getJsonArray("errors")
                .stream().map(e -> e.asJsonObject().getString("field")).toList();
    }

    @Test
    void aParentClaimsAndShowsARotatingCode() throws Exception {
        String batch = publishedBatch(10, 1, true);
        Family family = family(20);
        int hourlyBefore = remainingHourlyCare(family);
        JsonObject voucher = claim(family, batch);
        String id = voucher.getString("id");
        assertEquals("CLAIMED", voucher.getString("state"));
        assertTrue(voucher.getString("manualCode").matches("\\d{4}-\\d{4}-\\d{4}-\\d"));
        assertEquals(hourlyBefore - 1, remainingHourlyCare(family), "claiming reserved a free hourly-care session");

        assertProblem(api.post("/api/vouchers", family.token(),
                claimBody(batch, family.childId())), 409, "claim-limit-reached");
        Family infant = family(5);
        assertProblem(api.post("/api/vouchers", infant.token(),
                claimBody(batch, infant.childId())), 422, "child-not-eligible");
        assertProblem(api.post("/api/vouchers", infant.token(),
                claimBody(batch, family.childId())), 404);

        JsonArray mine = api.get("/api/vouchers", family.token()).array();
        assertEquals(id, mine.getJsonObject(0).getString("id"));
        assertProblem(api.get("/api/vouchers/" + id, infant.token()), 404);
        assertProblem(api.get("/api/vouchers/" + id + "/code", infant.token()), 404);

        Api.Reply code = api.get("/api/vouchers/" + id + "/code", family.token());
        assertEquals("no-store", code.header("Cache-Control"));
        String text = code.json().getString("text");
        byte[] image = api.bytes(api.request("/api/vouchers/" + id + "/code.png", family.token())
                .setHeader("Accept", "image/png").GET());
        RotatingCode shown = RotatingCode.parse(QrCodes.decode(image).orElseThrow()).orElseThrow();
        assertEquals(RotatingCode.parse(text).orElseThrow().voucherId(), shown.voucherId(), "the PNG shows the code");

        Api.Reply printable = api.send(api.request("/api/vouchers/" + id + "/printable", family.token())
                .setHeader("Accept", "text/html").GET());
        assertEquals(200, printable.status(), printable::toString);
        assertTrue(printable.contentType().startsWith("text/html"));
        assertTrue(printable.body().contains(voucher.getString("manualCode")), "the manual code is printed");
        assertTrue(printable.body().contains("data:image/png;base64,"), "with the QR code");
        assertProblem(api.send(api.request("/api/vouchers/" + id + "/printable", infant.token())
                .setHeader("Accept", "text/html").GET()), 404);
    }

    @Test
    void aFacilityRedeemsExactlyOnceAndSeesOnlyWhatItNeeds() throws Exception {
        String batch = publishedBatch(10, 3, true);
        Family family = family(20);
        String facility = FacilityFixtures.filed(api, HAIMEN);
        String first = claim(family, batch).getString("id");
        String text = codeText(family, first);

        assertProblem(api.post("/api/redemptions", family.token(), scanned(text)), 403);
        assertProblem(api.post("/api/redemptions", TestTokens.health(HAIMEN), scanned(text)), 403);
        String tampered = text.substring(0, text.length() - 2) + (text.endsWith("AA") ? "BB" : "AA");
        assertProblem(redeem(facility, scanned(tampered), null), 422, "code-not-recognised");
        assertProblem(redeem(facility, scanned(text.substring(0, text.length() - 5)), null), 422,
                "code-not-recognised");
        assertProblem(redeem(facility, """
                {"code": "x", "manualCode": "1"}""", null), 400, "validation");
        assertEquals("CLAIMED", state(first), "refused attempts change nothing");

        Api.Reply redeemed = redeem(facility, scanned(text), "key-" + first);
        assertEquals(201, redeemed.status(), redeemed::toString);
        JsonObject receipt = redeemed.json();
        assertEquals(first, receipt.getString("voucherId"));
        assertEquals(20, receipt.getInt("childAgeMonths"));
        assertTrue(receipt.getString("childMaskedName").contains("*"), receipt::toString);
        assertFalse(redeemed.body().contains(family.childId()), "no child id at the counter");
        assertEquals("REDEEMED", state(first));

        Api.Reply retried = redeem(facility, scanned(text), "key-" + first);
        assertEquals(201, retried.status(), "a retry with the same key gets the same answer");
        assertEquals(redeemed.body(), retried.body());
        assertTrue(redeemed.header("Location").endsWith("/api/redemptions/" + receipt.getString("redemptionId")),
                redeemed.headers()::toString);
        assertEquals(redeemed.header("Location"), retried.header("Location"), "the replay carries the Location");
        assertEquals("true", retried.header("Idempotent-Replayed"), "and says it is a replay");
        assertEquals(null, redeemed.header("Idempotent-Replayed"), "the first answer does not");
        assertProblem(redeem(facility, scanned(codeText(family, claim(family, batch).getString("id"))),
                "key-" + first), 422, "idempotency-key-reused");
        assertProblem(redeem(facility, scanned(text), null), 409, "voucher-already-redeemed");
        assertEquals(1, TestDatabase.redemptionsOf(first));

        String manual = claim(family, batch).getString("manualCode");
        assertProblem(redeem(facility, manualCode(manual.replace('-', ' ').substring(0, 10) + "99"),
                null), 422, "code-not-recognised");
        Api.Reply byHand = redeem(facility, manualCode(manual), null);
        assertEquals(201, byHand.status(), byHand::toString);
        assertEquals("MANUAL", byHand.json().getString("method"));
    }

    @Test
    void aFacilitySeesOnlyAChildWhoseVoucherItRedeemed() throws Exception {
        String batch = publishedBatch(10, 2, false);
        Family family = family(20);
        String facility = FacilityFixtures.filed(api, HAIMEN);
        String staff = TestTokens.facility(facility);
        String summary = "/api/staff/children/" + family.childId() + "/summary?purpose=VOUCHER_REDEMPTION";
        assertProblem(api.get(summary, staff), 404, "child-not-found");
        String voucher = claim(family, batch).getString("id");
        assertProblem(api.get(summary, staff), 404, "child-not-found");

        String redemption = redeem(facility, scanned(codeText(family, voucher)), null).json()
                .getString("redemptionId");
        Api.Reply seen = api.get(summary, staff);
        assertEquals(200, seen.status(), seen::toString);
        assertEquals(20, seen.json().getInt("ageInMonths"));
        assertTrue(seen.json().getString("maskedName").contains("*"));
        assertProblem(api.get(summary, TestTokens.facility(FacilityFixtures.filed(api, HAIMEN))), 404,
                "child-not-found");
        assertProblem(api.get(summary, TestTokens.facility(FacilityFixtures.filed(api, CHANHE))), 404,
                "child-not-found");
        assertProblem(api.get(summary, TestTokens.facility(UUID.randomUUID().toString())), 404, "child-not-found");
        assertProblem(api.get(summary, TestTokens.facility("not-a-facility")), 404, "child-not-found");

        assertEquals(200, api.post("/api/redemptions/" + redemption + "/void", staff, reason("误操作"))
                .status());
        assertEquals(200, api.get(summary, staff).status(), "voided, still within the window");
        clock.advance(Duration.ofHours(2));
        assertProblem(api.get(summary, staff), 404, "child-not-found");
    }

    @Test
    void aPhotoOfTheCodeIsDecodedByTheServer() throws Exception {
        String batch = publishedBatch(10, 2, false);
        Family family = family(25);
        String facility = FacilityFixtures.filed(api, HAIMEN);
        String voucher = claim(family, batch).getString("id");
        byte[] photo = QrCodes.png(codeText(family, voucher), 400);
        String staff = TestTokens.facility(facility);

        assertProblem(api.send("POST", "/api/redemptions/photo", staff, "image/png", QrCodes.png("hello", 200),
                Map.of()), 422, "code-not-recognised");
        byte[] blank = new byte[2000];
        System.arraycopy(QrCodes.png("x", 50), 0, blank, 0, 8);
        assertProblem(api.send("POST", "/api/redemptions/photo", staff, "image/png", blank, Map.of()), 422,
                "no-qr-code-in-image");
        assertProblem(api.send("POST", "/api/redemptions/photo", staff, "image/png",
                "%PDF-1.4 not a picture".getBytes(), Map.of()), 415, "unsupported-image");
        assertProblem(api.send(api.request("/api/redemptions/photo", staff).header("Content-Type", "image/png")
                .expectContinue(true).POST(HttpRequest.BodyPublishers.ofByteArray(new byte[6 * 1024 * 1024]))), 413);
        assertEquals("CLAIMED", state(voucher));

        Api.Reply redeemed = api.send("POST", "/api/redemptions/photo", staff, "image/png", photo,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertEquals(201, redeemed.status(), redeemed::toString);
        assertEquals("PHOTO", redeemed.json().getString("method"));
    }

    @Test
    void aStaleCodeOrAnIneligibleFacilityIsRefused() throws Exception {
        String batch = publishedBatch(10, 3, false);
        Family family = family(30);
        String voucher = claim(family, batch).getString("id");
        byte[] secret = secret(voucher);
        String stale = RotatingCode.issue(UUID.fromString(voucher), secret, Instant.now().minusSeconds(95)).text();
        String facility = FacilityFixtures.filed(api, HAIMEN);
        assertProblem(redeem(facility, scanned(stale), null), 422, "code-expired");

        String elsewhere = FacilityFixtures.filed(api, CHANHE);
        assertProblem(redeem(elsewhere, scanned(codeText(family, voucher)), null), 422, "facility-not-eligible");
        String fullDayOnly = FacilityFixtures.filed(api, HAIMEN, "FULL_DAY");
        assertProblem(redeem(fullDayOnly, scanned(codeText(family, voucher)), null), 422, "facility-not-eligible");
        String unfiled = UUID.randomUUID().toString();
        assertProblem(redeem(unfiled, scanned(codeText(family, voucher)), null), 422,
                "facility-not-in-good-standing");
        FacilityFixtures.suspend(api, HAIMEN, facility);
        assertProblem(redeem(facility, scanned(codeText(family, voucher)), null), 422,
                "facility-not-in-good-standing");
        assertEquals("CLAIMED", state(voucher));
    }

    /**
     * The batch's vouchers are valid for ten minutes; the app's clock is let run past that. The counter types the
     * voucher's manual code: a scanned code would be refused first as stale (it rotates every 30 seconds).
     */
    @Test
    void expiredVouchersAreRefusedAndGiveTheirEntitlementBack() throws Exception {
        String batch = VoucherFixtures.publishedBatch(api, HAIMEN, 10, 2, true, Duration.ofMinutes(10));
        Family family = family(20);
        int before = remainingHourlyCare(family);
        JsonObject claimed = claim(family, batch);
        String voucher = claimed.getString("id");
        assertTrue(codeText(family, voucher).startsWith("TY1."), "the code is shown while the voucher is valid");
        assertEquals(before - 1, remainingHourlyCare(family));
        String facility = FacilityFixtures.filed(api, HAIMEN);
        clock.passTo(Instant.parse(claimed.getString("validUntil")).plusSeconds(1));
        assertProblem(redeem(facility, manualCode(claimed.getString("manualCode")), null), 422, "voucher-expired");
        assertProblem(api.get("/api/vouchers/" + voucher + "/code", family.token()), 422, "voucher-expired");

        long deadline = System.currentTimeMillis() + 40_000;
        while (!"EXPIRED".equals(state(voucher)) && System.currentTimeMillis() < deadline) {
            Thread.sleep(1000);
        }
        assertEquals("EXPIRED", state(voucher), "the expiry job ran");
        assertEquals(before, remainingHourlyCare(family), "the reserved session came back");
    }

    @Test
    void aFacilityVoidsItsOwnRedemptionInTime() throws Exception {
        String batch = publishedBatch(10, 2, true);
        Family family = family(20);
        String facility = FacilityFixtures.filed(api, HAIMEN);
        String voucher = claim(family, batch).getString("id");
        int reserved = remainingHourlyCare(family);
        String redemption = redeem(facility, scanned(codeText(family, voucher)), null).json()
                .getString("redemptionId");
        String staff = TestTokens.facility(facility);
        String path = "/api/redemptions/" + redemption + "/void";
        assertProblem(api.post(path, staff, reason("")), 400, "validation");
        assertProblem(api.post(path, TestTokens.facility(FacilityFixtures.filed(api, HAIMEN)),
                reason("误操作")), 404);
        Api.Reply voided = api.post(path, staff, reason("误操作"));
        assertEquals(200, voided.status(), voided::toString);
        assertEquals("误操作", voided.json().getString("voidReason"));
        assertEquals("CLAIMED", state(voucher));
        assertEquals(reserved, remainingHourlyCare(family), "still reserved, not used");
        assertProblem(api.post(path, staff, reason("again")), 409, "redemption-already-voided");

        String again = redeem(facility, scanned(codeText(family, voucher)), null).json().getString("redemptionId");
        clock.advance(Duration.ofHours(2));
        assertProblem(api.post("/api/redemptions/" + again + "/void", staff, reason("晚了")), 422,
                "void-window-closed");
        assertEquals("REDEEMED", state(voucher));

        JsonArray history = api.get("/api/redemptions?month=" + YearMonth.now(ZoneId.of("Asia/Shanghai")), staff)
                .array();
        assertEquals(1, history.stream().filter(r -> r.asJsonObject().containsKey("voidedAt")
                && !r.asJsonObject().isNull("voidedAt")).count());
        List<String> actions = TestDatabase.auditActions(voucher);
        assertEquals(List.of("CLAIMED", "REDEEMED", "VOIDED", "REDEEMED"), actions);
        SQLException refused = TestDatabase.refusalOf("UPDATE voucher_audit SET detail = 'x' WHERE voucher_id = ?",
                TestDatabase.uuid(voucher));
        assertNotNull(refused, "the audit accepted a rewrite");
        assertTrue(refused.getMessage().contains("append-only"));
    }

    @Test
    void settlementListsTheMonthsRedemptionsAsJsonAndCsv() throws Exception {
        String batch = publishedBatch(10, 3, false);
        Family family = family(20);
        String facility = FacilityFixtures.filed(api, HAIMEN);
        for (int i = 0; i < 2; i++) {
            String voucher = claim(family, batch).getString("id");
            assertEquals(201, redeem(facility, scanned(codeText(family, voucher)), null).status());
        }
        String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        JsonArray lines = api.get("/api/settlements?month=" + month, TestTokens.facility(facility)).array();
        assertEquals(1, lines.size());
        assertEquals(2, lines.getJsonObject(0).getInt("redemptions"));
        assertEquals(10000, lines.getJsonObject(0).getJsonNumber("faceValueCents").longValue());
        JsonArray district = api.get("/api/settlements?month=" + month, TestTokens.health(HAIMEN)).array();
        assertTrue(district.stream().anyMatch(l -> l.asJsonObject().getString("facilityId").equals(facility)));
        JsonArray other = api.get("/api/settlements?month=" + month, TestTokens.health(CHANHE)).array();
        assertTrue(other.stream().noneMatch(l -> l.asJsonObject().getString("facilityId").equals(facility)));
        assertProblem(api.get("/api/settlements?month=2026-13", TestTokens.facility(facility)), 400);
        assertProblem(api.get("/api/settlements?month=" + month, family.token()), 403);

        Api.Reply csv = api.send(api.request("/api/settlements/csv?month=" + month, TestTokens.facility(facility))
                .setHeader("Accept", "text/csv").GET());
        assertEquals(200, csv.status(), csv::toString);
        assertTrue(csv.body().startsWith("\uFEFF"), "a byte-order mark for Excel");
        List<CSVRecord> records = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body().substring(1))).getRecords();
        assertEquals(2, records.size());
        assertEquals("2", records.get(0).get(5));
        assertEquals("合计 Total", records.get(1).get(1));
        assertEquals("100.00", records.get(1).get(7));
    }

    @Test
    void aThousandConcurrentClaimsOnAHundredVouchersIssueExactlyAHundred() throws Exception {
        String batch = publishedBatch(100, 2, false);
        List<Family> families = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            families.add(family(14 + i % 20));
        }
        List<Callable<Integer>> claims = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            Family family = families.get(i % families.size());
            claims.add(() -> api.post("/api/vouchers", family.token(), claimBody(batch, family.childId())).status());
        }
        Map<Integer, Integer> statuses = Concurrently.statuses(claims, 100);
        assertEquals(100, statuses.getOrDefault(201, 0), statuses::toString);
        assertEquals(1000, statuses.values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(900, statuses.getOrDefault(409, 0), statuses::toString);
        assertEquals(100, TestDatabase.vouchersOf(batch));
        assertEquals(100, TestDatabase.issued(batch));
        assertEquals(0, TestDatabase.childrenAboveLimit(batch, 2));
        assertEquals(100, TestDatabase.distinctSerials(batch, 100));
        assertProblem(api.post("/api/vouchers", families.get(0).token(), claimBody(batch, families.get(0).childId())),
                409);
    }

    @Test
    void aSoldOutBatchTakesClaimsAgainAsSoonAsItsQuantityGrows() {
        String batch = publishedBatch(1, 1, false);
        Family first = family(20);
        Family second = family(20);
        String body = claimBody(batch, second.childId());
        claim(first, batch);
        assertProblem(api.post("/api/vouchers", second.token(), body), 409, "batch-sold-out");
        assertProblem(api.post("/api/vouchers", second.token(), body), 409, "batch-sold-out");

        Api.Reply grown = api.put("/api/voucher-batches/" + batch + "/quantity", TestTokens.health(HAIMEN),
                quantity(2));
        assertEquals(200, grown.status(), grown::toString);
        Api.Reply claimed = api.post("/api/vouchers", second.token(), body);
        assertEquals(201, claimed.status(), "not held back by the sold-out memory: " + claimed);
    }

    @Test
    void fiftyConcurrentRedemptionsOfOneVoucherRedeemItOnce() throws Exception {
        String batch = publishedBatch(10, 1, true);
        Family family = family(20);
        String facility = FacilityFixtures.filed(api, HAIMEN);
        String voucher = claim(family, batch).getString("id");
        String json = scanned(codeText(family, voucher));
        List<Callable<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            attempts.add(() -> redeem(facility, json, null).status());
        }
        Map<Integer, Integer> statuses = Concurrently.statuses(attempts, 50);
        assertEquals(Map.of(201, 1, 409, 49), statuses);
        assertEquals(1, TestDatabase.redemptionsOf(voucher));
    }

    // --- helpers ---

    List<JsonObject> open(Family family) {
        Api.Reply reply = api.get("/api/voucher-batches/open?childId=" + family.childId(), family.token());
        assertEquals(200, reply.status(), reply::toString);
        return reply.array().stream().map(v -> v.asJsonObject()).toList();
    }

    int remainingHourlyCare(Family family) {
        Api.Reply reply = api.get("/api/children/" + family.childId() + "/entitlements", family.token());
        assertEquals(200, reply.status(), reply::toString);
        return reply.array().stream().map(v -> v.asJsonObject())
                .filter(e -> e.getString("serviceKind").equals("HOURLY_CARE")).findFirst().orElseThrow()
                .getInt("remaining");
    }

    static String state(String voucherId) {
        return TestDatabase.voucherState(voucherId);
    }

    static byte[] secret(String voucherId) {
        return TestDatabase.voucherSecret(voucherId);
    }

    static String status(BatchStatus status) {
        return Bodies.json(new StatusRequest(status));
    }

    static String quantity(int quantity) {
        return Bodies.json(new QuantityRequest(quantity));
    }

    static String claimBody(String batchId, String childId) {
        return Bodies.json(new ClaimRequest(UUID.fromString(batchId), UUID.fromString(childId)));
    }

    static String reason(String reason) {
        return Bodies.json(new VoidRequest(reason, null));
    }

    /** A code typed by hand at the counter (a text block: the record's validity getter is no property). */
    static String manualCode(String code) {
        return """
                {"manualCode": "%s"}""".formatted(code);
    }
}
