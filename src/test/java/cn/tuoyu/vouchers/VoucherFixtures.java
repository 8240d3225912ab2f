package cn.tuoyu.vouchers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import cn.tuoyu.testing.Api;
import cn.tuoyu.testing.Bodies;
import cn.tuoyu.testing.TestTokens;
import cn.tuoyu.vouchers.boundary.ClaimRequest;
import cn.tuoyu.vouchers.boundary.StatusRequest;
import cn.tuoyu.vouchers.entity.BatchStatus;

/** Vouchers for integration tests, through the real API. */
public final class VoucherFixtures {

    private VoucherFixtures() {
    }

    /** A batch whose claims open five minutes ago and close in a week, its vouchers valid for 30 days. */
    public static String batchJson(String name, int quantity, int perChild, boolean reserves) {
        return batchJson(name, quantity, perChild, reserves, Duration.ofDays(30));
    }

    /** A batch whose vouchers are valid this long from now; its claims close in a week, or then if sooner. */
    public static String batchJson(String name, int quantity, int perChild, boolean reserves, Duration validFor) {
        OffsetDateTime now = OffsetDateTime.now(ZoneId.of("Asia/Shanghai"));
        OffsetDateTime validUntil = now.plus(validFor);
        OffsetDateTime claimsClose = now.plusDays(7).isBefore(validUntil) ? now.plusDays(7) : validUntil;
        return Json.createObjectBuilder().add("name", name).add("careHours", 2).add("faceValueCents", 5000)
                .add("quantity", quantity).add("perChildLimit", perChild).add("minAgeMonths", 13)
                .add("maxAgeMonths", 36).add("allHourlyFacilities", true)
                .add("claimOpensAt", now.minusMinutes(5).toString()).add("claimClosesAt", claimsClose.toString())
                .add("validUntil", validUntil.toString()).add("reservesEntitlement", reserves).build()
                .toString();
    }

    /** A published batch of the district for 13–36-month-olds; returns its id. */
    public static String publishedBatch(Api api, String district, int quantity, int perChild, boolean reserves) {
        return publishedBatch(api, district, quantity, perChild, reserves, Duration.ofDays(30));
    }

    /** A published batch of the district for 13–36-month-olds, its vouchers valid this long; returns its id. */
    public static String publishedBatch(Api api, String district, int quantity, int perChild, boolean reserves,
            Duration validFor) {
        String health = TestTokens.health(district);
        Api.Reply created = api.post("/api/voucher-batches", health, batchJson("体验券-"
                + UUID.randomUUID().toString().substring(0, 6), quantity, perChild, reserves, validFor));
        assertEquals(201, created.status(), created::toString);
        String id = created.json().getString("id");
        Api.Reply published = api.put("/api/voucher-batches/" + id + "/status", health,
                Bodies.json(new StatusRequest(BatchStatus.PUBLISHED)));
        assertEquals(200, published.status(), published::toString);
        return id;
    }

    public static Api.Reply tryClaim(Api api, String token, String childId, String batchId) {
        return api.post("/api/vouchers", token,
                Bodies.json(new ClaimRequest(UUID.fromString(batchId), UUID.fromString(childId))));
    }

    public static JsonObject claim(Api api, String token, String childId, String batchId) {
        Api.Reply reply = tryClaim(api, token, childId, batchId);
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }

    /** The rotating code's text as the parent's phone shows it now. */
    public static String codeText(Api api, String token, String voucherId) {
        Api.Reply code = api.get("/api/vouchers/" + voucherId + "/code", token);
        assertEquals(200, code.status(), code::toString);
        return code.json().getString("text");
    }

    public static String scanned(String text) {
        return Json.createObjectBuilder().add("code", text).add("device", "counter-1").build().toString();
    }

    public static Api.Reply redeem(Api api, String facilityId, String json, String idempotencyKey) {
        HttpRequest.Builder request = api.request("/api/redemptions", TestTokens.facility(facilityId))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return api.send(request);
    }
}
