package cn.tuoyu.vouchers;

import static cn.tuoyu.guidance.GuidanceFixtures.await;
import static cn.tuoyu.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import cn.tuoyu.families.FamilyFixtures;
import cn.tuoyu.notifications.Inboxes;
import cn.tuoyu.testing.AgainstTheApp;
import cn.tuoyu.testing.Api;
import cn.tuoyu.testing.Bodies;
import cn.tuoyu.testing.Concurrently;
import cn.tuoyu.testing.IntegrationEnvironment;
import cn.tuoyu.testing.TestDatabase;
import cn.tuoyu.testing.TestTokens;
import cn.tuoyu.vouchers.boundary.StatusRequest;
import cn.tuoyu.vouchers.entity.BatchStatus;

/**
 * Lottery batches over HTTP: applying in the window (idempotent, withdrawable, one per child under a race), the draw
 * reached by the clock and recomputed here from the revealed seed, winners offered and losers told, claims only by an
 * offer, an expired offer passing down the order, and the constraints that keep the draw single.
 */
class LotteryIT extends AgainstTheApp {

    static final String HAIMEN = "320614";
    static final Duration TO_DRAW = Duration.ofHours(1);

    record Family(String token, String childId) {
    }

    Family family(int months) {
        String token = FamilyFixtures.consentingResident(api);
        return new Family(token, FamilyFixtures.registerChild(api, token, months, HAIMEN));
    }

    /** A lottery batch of Haimen: applications from five minutes ago, the draw in an hour, claims for three days. */
    static String lotteryJson(String name, int quantity, int perChild, int offerHours) {
        OffsetDateTime now = OffsetDateTime.now(ZoneId.of("Asia/Shanghai"));
        return Json.createObjectBuilder().add("name", name).add("careHours", 2).add("quantity", quantity)
                .add("perChildLimit", perChild).add("minAgeMonths", 13).add("maxAgeMonths", 36)
                .add("allHourlyFacilities", true).add("claimOpensAt", now.minusMinutes(5).toString())
                .add("claimClosesAt", now.plusDays(3).toString()).add("validUntil", now.plusDays(30).toString())
                .add("reservesEntitlement", false).add("allocation", "LOTTERY")
                .add("drawAt", now.plus(TO_DRAW).toString()).add("offerHours", offerHours).build().toString();
    }

    record Batch(String id, String name) {
    }

    Batch lotteryBatch(int quantity, int offerHours) {
        String health = TestTokens.health(HAIMEN);
        String name = "抽签券-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply created = api.post("/api/voucher-batches", health, lotteryJson(name, quantity, 1, offerHours));
        assertEquals(201, created.status(), created::toString);
        assertEquals("LOTTERY", created.json().getString("allocation"));
        String id = created.json().getString("id");
        Api.Reply published = api.put("/api/voucher-batches/" + id + "/status", health,
                Bodies.json(new StatusRequest(BatchStatus.PUBLISHED)));
        assertEquals(200, published.status(), published::toString);
        return new Batch(id, name);
    }

    Api.Reply apply(Family family, String batchId) {
        return api.post("/api/children/" + family.childId() + "/lottery-applications", family.token(),
                "{\"batchId\":\"" + batchId + "\"}");
    }

    String applied(Family family, String batchId) {
        Api.Reply reply = apply(family, batchId);
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getString("id");
    }

    Api.Reply withdraw(Family family, String batchId) {
        return api.post("/api/children/" + family.childId() + "/lottery-applications/withdrawal", family.token(),
                "{\"batchId\":\"" + batchId + "\"}");
    }

    /** The family's application for the batch, as its app shows it. */
    JsonObject application(Family family, String batchId) {
        Api.Reply reply = api.get("/api/children/" + family.childId() + "/lottery-applications", family.token());
        assertEquals(200, reply.status(), reply::toString);
        return reply.array().stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getString("batchId").equals(batchId) && !a.getString("state").equals("WITHDRAWN"))
                .findFirst().orElseThrow(() -> new AssertionError("no live application: " + reply));
    }

    JsonObject publicDraw(String batchId) {
        Api.Reply reply = api.get("/api/public/voucher-batches/" + batchId + "/draw", null);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    JsonObject drawn(String batchId) throws Exception {
        JsonObject draw = await(() -> publicDraw(batchId), d -> d.getBoolean("drawn"));
        assertTrue(draw.getBoolean("drawn"), "the timer drew the batch: " + draw);
        return draw;
    }

    static Api.Reply claim(Api api, Family family, String batchId) {
        return VoucherFixtures.tryClaim(api, family.token(), family.childId(), batchId);
    }

    @Test
    void aChildAppliesOnceWithdrawsBeforeTheDrawAndNoOtherFamilyReachesIt() {
        String health = TestTokens.health(HAIMEN);
        assertProblem(api.post("/api/voucher-batches", health, lotteryJson("两张", 5, 2, 24)), 422,
                "invalid-batch-terms");
        Batch batch = lotteryBatch(5, 24);
        JsonObject staff = api.get("/api/voucher-batches/" + batch.id() + "/lottery", health).json();
        String commitment = staff.getString("commitment");
        assertTrue(commitment.matches("[0-9a-f]{64}"), commitment);
        JsonObject before = publicDraw(batch.id());
        assertEquals(commitment, before.getString("commitment"), "published at once");
        assertFalse(before.getBoolean("drawn"));
        assertTrue(absent(before, "seed"), "the seed stays secret until the draw");
        assertEquals(0, before.getJsonArray("entries").size());
        assertProblem(api.put("/api/voucher-batches/" + batch.id() + "/quantity", health, "{\"quantity\":9}"), 409,
                "lottery-quantity-fixed");

        Family family = family(20);
        Api.Reply first = apply(family, batch.id());
        assertEquals(201, first.status(), first::toString);
        String id = first.json().getString("id");
        assertEquals("APPLIED", first.json().getString("state"));
        assertEquals(List.of("WITHDRAW"), first.json().getJsonArray("actions").getValuesAs(
                jakarta.json.JsonString::getString));
        Api.Reply again = apply(family, batch.id());
        assertEquals(200, again.status(), again::toString);
        assertEquals(id, again.json().getString("id"), "applying again is the same application");
        assertEquals(id, application(family, batch.id()).getString("id"));

        Family stranger = family(20);
        Api.Reply foreign = api.post("/api/children/" + family.childId() + "/lottery-applications", stranger.token(),
                "{\"batchId\":\"" + batch.id() + "\"}");
        assertProblem(foreign, 404);
        assertProblem(api.get("/api/children/" + family.childId() + "/lottery-applications", stranger.token()), 404);
        assertProblem(api.post("/api/children/" + family.childId() + "/lottery-applications/withdrawal",
                stranger.token(), "{\"batchId\":\"" + batch.id() + "\"}"), 404);
        assertProblem(claim(api, family, batch.id()), 422, "no-lottery-offer");
        assertProblem(apply(family(5), batch.id()), 422, "child-not-eligible");
        assertProblem(apply(family, VoucherFixtures.publishedBatch(api, HAIMEN, 5, 1, false)), 422,
                "not-a-lottery-batch");
        assertEquals(1, api.get("/api/voucher-batches/" + batch.id() + "/lottery", health).json()
                .getJsonNumber("applications").longValue());

        Api.Reply withdrawn = withdraw(family, batch.id());
        assertEquals(200, withdrawn.status(), withdrawn::toString);
        assertEquals("WITHDRAWN", withdrawn.json().getString("state"));
        assertProblem(withdraw(family, batch.id()), 404, "lottery-application-not-found");
        assertEquals(0, api.get("/api/voucher-batches/" + batch.id() + "/lottery", health).json()
                .getJsonNumber("applications").longValue());
        String reapplied = applied(family, batch.id());
        assertEquals(id, reapplied, "applying again gives the first application back: its rank cannot be redrawn");
        assertEquals(1, api.get("/api/voucher-batches/" + batch.id() + "/lottery", health).json()
                .getJsonNumber("applications").longValue());
    }

    @Test
    void twentyApplicationsRacingForOneChildMakeOne() throws Exception {
        Batch batch = lotteryBatch(5, 24);
        Family family = family(20);
        List<Callable<Api.Reply>> tasks = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            tasks.add(() -> apply(family, batch.id()));
        }
        List<Api.Reply> replies = Concurrently.all(tasks, 20);
        assertEquals(1, replies.stream().filter(r -> r.status() == 201).count(), replies::toString);
        assertEquals(19, replies.stream().filter(r -> r.status() == 200).count(), replies::toString);
        assertEquals(1, replies.stream().map(r -> r.json().getString("id")).distinct().count());
        assertEquals(1, count("SELECT count(*) FROM lottery_applications WHERE batch_id = ? AND child_id = ?",
                UUID.fromString(batch.id()), UUID.fromString(family.childId())));
        // the database itself refuses a second live application for the child
        assertNotNull(TestDatabase.refusalOf("INSERT INTO lottery_applications (id, batch_id, child_id, "
                + "guardian_subject, state, applied_at) VALUES (?, ?, ?, 'x', 'APPLIED', now())", UUID.randomUUID(),
                UUID.fromString(batch.id()), UUID.fromString(family.childId())));
    }

    @Test
    void theDrawReachedByTheClockIsRecomputableWinnersAreOfferedAndTheOthersTold() throws Exception {
        Batch batch = lotteryBatch(2, 24);
        String commitment = publicDraw(batch.id()).getString("commitment");
        List<Family> families = new ArrayList<>();
        Map<String, Family> byApplication = new java.util.HashMap<>();
        for (int i = 0; i < 5; i++) {
            Family family = family(14 + i);
            families.add(family);
            byApplication.put(applied(family, batch.id()), family);
        }
        clock.advance(TO_DRAW.plusMinutes(1));
        JsonObject draw = drawn(batch.id());

        assertEquals(commitment, draw.getString("commitment"), "the commitment published before the draw");
        byte[] seed = HexFormat.of().parseHex(draw.getString("seed"));
        assertEquals(commitment, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(seed)));
        List<String> expected = byApplication.keySet().stream()
                .sorted(Comparator.comparing((String id) -> hmacHex(seed, id))).toList();
        List<JsonObject> entries = draw.getJsonArray("entries").getValuesAs(JsonObject.class);
        assertEquals(expected, entries.stream().map(e -> e.getString("applicationId")).toList(),
                "the order is HMAC-SHA256(seed, id) ascending, recomputed here");
        for (int i = 0; i < entries.size(); i++) {
            assertEquals(i + 1, entries.get(i).getInt("position"));
            assertEquals(1, entries.get(i).getInt("tier"));
            assertEquals(java.util.Set.of("applicationId", "tier", "position"), entries.get(i).keySet(),
                    "nothing else about anyone");
        }
        assertTrue(verifyDraw(draw.toString()), "tools/VerifyDraw.java agrees");
        String tampered = draw.toString().replace(expected.get(0), "swapped").replace(expected.get(1), expected.get(0))
                .replace("swapped", expected.get(1));
        assertFalse(verifyDraw(tampered), "tools/VerifyDraw.java refuses a list that is not the draw's");

        Family winner = byApplication.get(expected.get(0));
        Family second = byApplication.get(expected.get(1));
        Family loser = byApplication.get(expected.get(4));
        JsonObject offer = application(winner, batch.id());
        assertEquals("OFFERED", offer.getString("state"));
        assertEquals(1, offer.getInt("position"));
        assertTrue(offer.getJsonArray("actions").toString().contains("CLAIM"));
        JsonObject lost = application(loser, batch.id());
        assertEquals("WAITING", lost.getString("state"));
        assertEquals(5, lost.getInt("position"), "a family finds itself in the public list");
        assertEquals(List.of(), lost.getJsonArray("actions").getValuesAs(jakarta.json.JsonString::getString));

        Inboxes.one(api, winner.token(), "LOTTERY_WON", batch.name());
        Inboxes.one(api, second.token(), "LOTTERY_WON", batch.name());
        JsonObject told = Inboxes.one(api, loser.token(), "LOTTERY_NOT_DRAWN", batch.name());
        assertTrue(told.getString("body").contains("第 5 位") || told.getString("body").contains("number 5 "),
                "told its position: " + told);
        Inboxes.none(api, loser.token(), "LOTTERY_WON", batch.name());

        assertProblem(claim(api, loser, batch.id()), 422, "no-lottery-offer");
        Api.Reply claimed = claim(api, winner, batch.id());
        assertEquals(201, claimed.status(), claimed::toString);
        assertEquals("CLAIMED", application(winner, batch.id()).getString("state"));
        assertProblem(claim(api, winner, batch.id()), 422, "no-lottery-offer");
        assertProblem(withdraw(loser, batch.id()), 409, "lottery-application-not-withdrawable");
        assertProblem(apply(family(20), batch.id()), 422, "lottery-closed");

        JsonObject staff = api.get("/api/voucher-batches/" + batch.id() + "/lottery", TestTokens.health(HAIMEN))
                .json();
        assertTrue(staff.getBoolean("drawn"));
        assertEquals(5, staff.getJsonNumber("applications").longValue());
        assertEquals(1, staff.getJsonNumber("claimed").longValue());
        assertEquals(1, staff.getJsonNumber("offered").longValue());
        assertEquals(3, staff.getJsonNumber("waiting").longValue());
        UUID id = UUID.fromString(batch.id());
        assertEquals(1, count("SELECT count(*) FROM lottery_draws WHERE batch_id = ?", id), "drawn once");
        assertEquals(5, count("SELECT count(DISTINCT position) FROM lottery_applications WHERE batch_id = ?", id));
        assertEquals(1, TestDatabase.issued(batch.id()));
        // a second draw and a second holder of a position are refused by the database itself
        assertNotNull(TestDatabase.refusalOf("INSERT INTO lottery_draws (batch_id, drawn_at, applications) "
                + "VALUES (?, now(), 0)", id));
        assertNotNull(TestDatabase.refusalOf("UPDATE lottery_applications SET position = 1 WHERE batch_id = ? "
                + "AND position = 2", id));
    }

    @Test
    void anOfferNotClaimedInTimePassesDownTheOrder() throws Exception {
        Batch batch = lotteryBatch(1, 1);
        Map<String, Family> byApplication = new java.util.HashMap<>();
        for (int i = 0; i < 3; i++) {
            Family family = family(20);
            byApplication.put(applied(family, batch.id()), family);
        }
        clock.advance(TO_DRAW.plusMinutes(1));
        List<JsonObject> entries = drawn(batch.id()).getJsonArray("entries").getValuesAs(JsonObject.class);
        Family first = byApplication.get(entries.get(0).getString("applicationId"));
        Family next = byApplication.get(entries.get(1).getString("applicationId"));
        Family last = byApplication.get(entries.get(2).getString("applicationId"));
        assertEquals("OFFERED", application(first, batch.id()).getString("state"));
        Instant deadline = OffsetDateTime.parse(application(first, batch.id()).getString("offerDeadline")).toInstant();
        Duration left = Duration.between(clock.now(), deadline);
        assertTrue(left.compareTo(Duration.ofMinutes(55)) > 0 && left.compareTo(Duration.ofHours(1)) <= 0,
                "an offer lasts the batch's offer hours from the draw: " + left);
        assertEquals("WAITING", application(next, batch.id()).getString("state"));

        clock.passTo(deadline.plusSeconds(30));
        JsonObject passed = await(() -> application(next, batch.id()), a -> a.getString("state").equals("OFFERED"));
        assertEquals("OFFERED", passed.getString("state"), "the place passed to position 2");
        assertEquals("OFFER_EXPIRED", application(first, batch.id()).getString("state"));
        assertEquals("WAITING", application(last, batch.id()).getString("state"));
        Inboxes.one(api, next.token(), "LOTTERY_OFFER_PASSED", batch.name());
        assertProblem(claim(api, first, batch.id()), 422, "no-lottery-offer");
        Api.Reply claimed = claim(api, next, batch.id());
        assertEquals(201, claimed.status(), claimed::toString);
        assertEquals(1, TestDatabase.issued(batch.id()));
        assertTrue(absent(application(last, batch.id()), "offerDeadline"), "one place, so the last is never offered");
    }

    @Test
    void underTheDistrictsPriorityRuleChildrenWithoutAVoucherThisYearAreDrawnFirst() throws Exception {
        givePriorityToChildrenWithoutAVoucherThisYear(HAIMEN);
        Family had = family(20);
        VoucherFixtures.claim(api, had.token(), had.childId(),
                VoucherFixtures.publishedBatch(api, HAIMEN, 5, 1, false));
        Batch batch = lotteryBatch(1, 24);
        String second = applied(had, batch.id());
        assertEquals(2, application(had, batch.id()).getInt("tier"), "a voucher of the district this year");
        List<String> first = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Family family = family(20);
            first.add(applied(family, batch.id()));
            assertEquals(1, application(family, batch.id()).getInt("tier"));
        }
        clock.advance(TO_DRAW.plusMinutes(1));
        JsonObject draw = drawn(batch.id());
        byte[] seed = HexFormat.of().parseHex(draw.getString("seed"));
        List<String> expected = new ArrayList<>(first.stream()
                .sorted(Comparator.comparing((String id) -> hmacHex(seed, id))).toList());
        expected.add(second);
        List<JsonObject> entries = draw.getJsonArray("entries").getValuesAs(JsonObject.class);
        assertEquals(expected, entries.stream().map(e -> e.getString("applicationId")).toList(),
                "tier 1 first, each tier in HMAC order, whatever the second tier's rank");
        assertEquals(List.of(1, 1, 1, 2), entries.stream().map(e -> e.getInt("tier")).toList());
        assertTrue(verifyDraw(draw.toString()), "tools/VerifyDraw.java orders by tier too");
        assertEquals("WAITING", application(had, batch.id()).getString("state"));
    }

    /**
     * The district's lottery priority rule, which no API sets (district data, like its other rules): children
     * without a voucher of the district this calendar year first. Kept for the run: it changes no other test's tiers,
     * whose children have no voucher.
     */
    static void givePriorityToChildrenWithoutAVoucherThisYear(String district) throws Exception {
        try (Connection db = IntegrationEnvironment.connect();
                PreparedStatement s = db.prepareStatement(
                        "INSERT INTO lottery_priority_rules (id, district_code, effective_from, first_tier) "
                                + "VALUES (?, ?, DATE '2000-01-01', 'NO_VOUCHER_THIS_YEAR') ON CONFLICT DO NOTHING")) {
            s.setObject(1, UUID.randomUUID());
            s.setString(2, district);
            s.executeUpdate();
        }
    }

    /** Whether the answer leaves the field out (or null): JSON-B writes no null. */
    static boolean absent(JsonObject object, String name) {
        return !object.containsKey(name) || object.isNull(name);
    }

    static String hmacHex(byte[] seed, String applicationId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(seed, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(applicationId.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code java tools/VerifyDraw.java <file>} on the JSON; whether it says the draw matches (exit 0). */
    static boolean verifyDraw(String json) throws Exception {
        Path file = Files.createTempFile("draw", ".json");
        try {
            Files.writeString(file, json);
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process process = new ProcessBuilder(java.toString(), "tools/VerifyDraw.java", file.toString())
                    .redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), out);
            System.out.println("VerifyDraw: " + out.strip());
            return process.exitValue() == 0;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static long count(String sql, Object... parameters) throws Exception {
        try (Connection db = IntegrationEnvironment.connect(); PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
