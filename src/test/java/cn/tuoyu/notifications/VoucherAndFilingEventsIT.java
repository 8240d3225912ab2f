package cn.tuoyu.notifications;

import static cn.tuoyu.guidance.GuidanceFixtures.CHINA;
import static cn.tuoyu.guidance.GuidanceFixtures.HAIMEN;
import static cn.tuoyu.guidance.GuidanceFixtures.ZHANGWAN;
import static cn.tuoyu.guidance.GuidanceFixtures.family;
import static cn.tuoyu.guidance.GuidanceFixtures.ok;
import static cn.tuoyu.notifications.Inboxes.awaitOne;
import static cn.tuoyu.notifications.Inboxes.none;
import static cn.tuoyu.notifications.Inboxes.one;
import static cn.tuoyu.testing.Problems.assertProblem;
import static cn.tuoyu.vouchers.VoucherFixtures.claim;
import static cn.tuoyu.vouchers.VoucherFixtures.codeText;
import static cn.tuoyu.vouchers.VoucherFixtures.redeem;
import static cn.tuoyu.vouchers.VoucherFixtures.scanned;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import cn.tuoyu.facilities.FacilityFixtures;
import cn.tuoyu.families.FamilyFixtures;
import cn.tuoyu.guidance.GuidanceFixtures.Family;
import cn.tuoyu.testing.AgainstTheApp;
import cn.tuoyu.testing.Api;
import cn.tuoyu.testing.Bodies;
import cn.tuoyu.testing.TestTokens;
import cn.tuoyu.vouchers.boundary.StatusRequest;
import cn.tuoyu.vouchers.boundary.VoidRequest;
import cn.tuoyu.vouchers.entity.BatchStatus;

/**
 * Vouchers tell the family of a claim, a redemption (where) and its void, and remind them once of a voucher about to
 * expire (the app's clock moved to its last week); a published batch is announced to the residents who asked; a facility's staff learn of their filing
 * submitted and decided. Each read in the right person's inbox after the business call, absent from another
 * person's, and absent after a call that failed.
 */
class VoucherAndFilingEventsIT extends AgainstTheApp {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Test
    void aVoucherTellsItsFamilyWhenClaimedRedeemedAndVoided() {
        String name = "通知券-" + UUID.randomUUID().toString().substring(0, 8);
        String batch = publishedBatch(HAIMEN, name, 30);
        Family family = family(api, HAIMEN, 20);
        Family other = family(api, HAIMEN, 20);

        String voucher = claim(api, family.token(), family.child(), batch).getString("id");
        JsonObject claimed = one(api, family.token(), "VOUCHER_CLAIMED", name);
        assertEquals("/vouchers", claimed.getString("link"));
        none(api, other.token(), "VOUCHER_CLAIMED", name);

        String elsewhere = FacilityFixtures.filed(api, ZHANGWAN);
        assertProblem(redeem(api, elsewhere, scanned(codeText(api, family.token(), voucher)), null), 422,
                "facility-not-eligible");
        none(api, family.token(), "VOUCHER_REDEEMED", name);

        String facility = FacilityFixtures.filed(api, HAIMEN);
        Api.Reply redeemed = redeem(api, facility, scanned(codeText(api, family.token(), voucher)), null);
        assertEquals(201, redeemed.status(), redeemed::toString);
        JsonObject told = one(api, family.token(), "VOUCHER_REDEEMED", name);
        assertTrue(told.getString("body").contains(facilityName(facility)), () -> "where: " + told);
        none(api, other.token(), "VOUCHER_REDEEMED", name);

        String redemption = redeemed.json().getString("redemptionId");
        String staff = TestTokens.facility(facility);
        assertProblem(api.post("/api/redemptions/" + redemption + "/void", TestTokens.facility(elsewhere),
                Bodies.json(new VoidRequest("误操作", null))), 404);
        none(api, family.token(), "VOUCHER_VOIDED", name);
        ok(api.post("/api/redemptions/" + redemption + "/void", staff, Bodies.json(new VoidRequest("误操作", null))));
        JsonObject voided = one(api, family.token(), "VOUCHER_VOIDED", name);
        assertTrue(voided.getString("body").contains(facilityName(facility)), voided::toString);
    }

    @Test
    void aVoucherValidAMonthIsRemindedOnceInItsLastWeekByTheAppsClock() throws Exception {
        Family family = family(api, HAIMEN, 20);
        String month = "月券-" + UUID.randomUUID().toString().substring(0, 8);
        String monthBatch = publishedBatch(HAIMEN, month, 30);
        claim(api, family.token(), family.child(), monthBatch);
        // a scan ran after the claim: a voucher of the same family that does expire within the week is reminded
        remindedWithin(family, 5);
        none(api, family.token(), "VOUCHER_EXPIRING", month);

        clock.advance(Duration.ofDays(23).plusHours(1));
        JsonObject reminder = awaitOne(api, family.token(), "VOUCHER_EXPIRING", month);
        assertFalse(reminder.getBoolean("essential"), "a reminder is not essential");
        String validUntil = ok(api.get("/api/voucher-batches/" + monthBatch, TestTokens.health(HAIMEN))).json()
                .getString("validUntil");
        assertTrue(reminder.getString("body").contains(MINUTE.format(OffsetDateTime.parse(validUntil)
                .atZoneSameInstant(CHINA))), () -> "the deadline " + validUntil + ": " + reminder);

        // later scans (one reminded a voucher claimed after the first reminder) tell nobody twice
        remindedWithin(family, 3);
        one(api, family.token(), "VOUCHER_EXPIRING", month);
    }

    /** Claims a voucher valid this many days for the family's child and waits for the timer to remind it. */
    private void remindedWithin(Family family, int validDays) throws Exception {
        String name = "将到期券-" + UUID.randomUUID().toString().substring(0, 8);
        claim(api, family.token(), family.child(), publishedBatch(HAIMEN, name, validDays));
        awaitOne(api, family.token(), "VOUCHER_EXPIRING", name);
    }

    @Test
    void aPublishedBatchIsAnnouncedToTheResidentsWatchingItsDistrict() {
        Family watching = family(api, HAIMEN, 20);
        Family notWatching = family(api, HAIMEN, 20);
        Family elsewhere = family(api, ZHANGWAN, 20);
        Family stopped = family(api, HAIMEN, 20);
        assertEquals(List.of(HAIMEN), districts(ok(api.post("/api/voucher-batches/watch", watching.token(), ""))));
        assertEquals(List.of(HAIMEN), districts(ok(api.get("/api/voucher-batches/watch", watching.token()))));
        ok(api.post("/api/voucher-batches/watch", watching.token(), ""));
        ok(api.post("/api/voucher-batches/watch", elsewhere.token(), ""));
        ok(api.post("/api/voucher-batches/watch", stopped.token(), ""));
        assertEquals(204, api.delete("/api/voucher-batches/watch", stopped.token()).status());
        assertEquals(List.of(), districts(ok(api.get("/api/voucher-batches/watch", stopped.token()))));
        assertProblem(api.post("/api/voucher-batches/watch", FamilyFixtures.consentingResident(api), ""), 422,
                "no-child-to-watch-for");

        String name = "新批次-" + UUID.randomUUID().toString().substring(0, 8);
        String batch = draftBatch(HAIMEN, name, 30);
        assertProblem(api.put("/api/voucher-batches/" + batch + "/status", TestTokens.health(ZHANGWAN),
                Bodies.json(new StatusRequest(BatchStatus.PUBLISHED))), 404);
        none(api, watching.token(), "BATCH_OPENING", name);

        ok(api.put("/api/voucher-batches/" + batch + "/status", TestTokens.health(HAIMEN),
                Bodies.json(new StatusRequest(BatchStatus.PUBLISHED))));
        JsonObject opening = one(api, watching.token(), "BATCH_OPENING", name);
        assertEquals("/vouchers", opening.getString("link"));
        none(api, notWatching.token(), "BATCH_OPENING", name);
        none(api, elsewhere.token(), "BATCH_OPENING", name);
        none(api, stopped.token(), "BATCH_OPENING", name);
    }

    @Test
    void aFacilitysStaffLearnOfTheirFilingSubmittedAndDecided() {
        String refused = FacilityFixtures.recorded(api, HAIMEN);
        String filed = FacilityFixtures.recorded(api, HAIMEN);
        String refusedStaff = staffWithContact(refused);
        String filedStaff = staffWithContact(filed);
        String health = TestTokens.health(HAIMEN);

        String application = FacilityFixtures.submittedFiling(api, refused);
        JsonObject submitted = one(api, refusedStaff, "FILING_SUBMITTED", facilityName(refused));
        assertEquals("/facility", submitted.getString("link"));
        none(api, filedStaff, "FILING_SUBMITTED", facilityName(refused));

        String decision = "/api/facilities/" + refused + "/applications/" + application + "/decision";
        assertProblem(api.post(decision, health, FacilityFixtures.refuse("")), 400, "decision-incomplete");
        none(api, refusedStaff, "FILING_DECIDED", facilityName(refused));
        String reasons = "营业执照扫描件模糊无法辨认，请重新上传清晰的扫描件，并补充场地使用证明材料";
        ok(api.post(decision, health, FacilityFixtures.refuse(reasons)));
        JsonObject refusal = one(api, refusedStaff, "FILING_DECIDED", facilityName(refused));
        assertTrue(refusal.getString("body").contains("未予备案：" + reasons.substring(0, 29) + "…"), refusal::toString);

        String filing = FacilityFixtures.submittedFiling(api, filed);
        ok(api.post("/api/facilities/" + filed + "/applications/" + filing + "/decision", health,
                FacilityFixtures.approve("IT-" + UUID.randomUUID())));
        JsonObject approval = one(api, filedStaff, "FILING_DECIDED", facilityName(filed));
        assertTrue(approval.getString("body").contains("已备案"), approval::toString);
        none(api, refusedStaff, "FILING_DECIDED", facilityName(filed));
    }

    /** A staff member of the facility who opened the app (their contact names the facility); returns their token. */
    private String staffWithContact(String facilityId) {
        String token = TestTokens.sign(TestTokens.claims("staff-" + UUID.randomUUID(), List.of("facility"),
                Map.of("facility_id", facilityId)).build());
        assertEquals(204, api.put("/api/notifications/contact", token, "{}").status());
        return token;
    }

    /** The name {@link FacilityFixtures} gives a facility. */
    private static String facilityName(String facilityId) {
        return "测试托育-" + facilityId.substring(0, 8);
    }

    private String publishedBatch(String district, String name, int validDays) {
        String id = draftBatch(district, name, validDays);
        ok(api.put("/api/voucher-batches/" + id + "/status", TestTokens.health(district),
                Bodies.json(new StatusRequest(BatchStatus.PUBLISHED))));
        return id;
    }

    /** A draft batch for 13–36-month-olds, open for claims for two days, valid this many days (by the app's clock). */
    private String draftBatch(String district, String name, int validDays) {
        OffsetDateTime now = clock.now().atZone(CHINA).toOffsetDateTime();
        String json = Json.createObjectBuilder().add("name", name).add("careHours", 2).add("faceValueCents", 5000)
                .add("quantity", 10).add("perChildLimit", 1).add("minAgeMonths", 13).add("maxAgeMonths", 36)
                .add("allHourlyFacilities", true).add("claimOpensAt", now.minusMinutes(5).toString())
                .add("claimClosesAt", now.plusDays(2).toString()).add("validUntil", now.plusDays(validDays).toString())
                .add("reservesEntitlement", false).build().toString();
        Api.Reply created = api.post("/api/voucher-batches", TestTokens.health(district), json);
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("id");
    }

    private static List<String> districts(Api.Reply reply) {
        return reply.json().getJsonArray("districts").getValuesAs(jakarta.json.JsonString::getString);
    }
}
