package cn.tuoyu.hourlycare;

import static cn.tuoyu.hourlycare.HourlyCareFixtures.book;
import static cn.tuoyu.hourlycare.HourlyCareFixtures.checkIn;
import static cn.tuoyu.hourlycare.HourlyCareFixtures.checkOut;
import static cn.tuoyu.hourlycare.HourlyCareFixtures.pass;
import static cn.tuoyu.hourlycare.HourlyCareFixtures.pickupCode;
import static cn.tuoyu.hourlycare.HourlyCareFixtures.publish;
import static cn.tuoyu.hourlycare.HourlyCareFixtures.remaining;
import static cn.tuoyu.hourlycare.HourlyCareFixtures.scanned;
import static cn.tuoyu.hourlycare.HourlyCareFixtures.session;
import static cn.tuoyu.hourlycare.HourlyCareFixtures.slotOpenForCheckIn;
import static cn.tuoyu.hourlycare.HourlyCareFixtures.typed;
import static cn.tuoyu.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import cn.tuoyu.facilities.FacilityFixtures;
import cn.tuoyu.families.FamilyFixtures;
import cn.tuoyu.notifications.Inboxes;
import cn.tuoyu.platform.time.ChinaTime;
import cn.tuoyu.testing.AgainstTheApp;
import cn.tuoyu.testing.Api;
import cn.tuoyu.testing.TestDatabase;
import cn.tuoyu.testing.TestTokens;
import cn.tuoyu.vouchers.VoucherFixtures;
import cn.tuoyu.vouchers.control.QrCodes;

/** The facility's hourly-care desk over HTTP: check-in, check-out, who may pick up, hours, board, settlement. */
class CareDeskIT extends AgainstTheApp {

    static final String HAIMEN = "320614";

    record Family(String token, String childId) {
    }

    Family family(int months) {
        String token = FamilyFixtures.consentingResident(api);
        return new Family(token, FamilyFixtures.registerChild(api, token, months, HAIMEN));
    }

    String facility() {
        String facility = FacilityFixtures.filed(api, HAIMEN);
        publish(api, facility, 5);
        return facility;
    }

    /** A session of the family at the facility that may be checked in now, paid with the entitlement. */
    String sessionNow(Family family, String facility) {
        return book(api, family.token(), facility, family.childId(), slotOpenForCheckIn(), null);
    }

    String passText(Family family, String session) {
        return pass(api, family.token(), session).getString("text");
    }

    @Test
    void checkInIsIdempotentAndASecondCheckInIsRefused() {
        Family family = family(20);
        String facility = facility();
        String session = sessionNow(family, facility);
        String body = scanned(passText(family, session));
        String key = UUID.randomUUID().toString();

        Api.Reply first = checkIn(api, facility, body, key);
        assertEquals(200, first.status(), first::toString);
        assertEquals("CHECKED_IN", first.json().getString("state"));
        assertEquals("测**宝", first.json().getString("childMaskedName"));
        assertEquals(20, first.json().getInt("childAgeMonths"));
        assertEquals(List.of("CHECK_OUT"), first.json().getJsonArray("actions").getValuesAs(
                jakarta.json.JsonString::getString));

        Api.Reply replay = checkIn(api, facility, body, key);
        assertEquals(200, replay.status(), replay::toString);
        assertEquals("true", replay.header("Idempotent-Replayed"));
        assertEquals(first.json().getString("checkedInAt"), replay.json().getString("checkedInAt"));

        assertProblem(checkIn(api, facility, body, UUID.randomUUID().toString()), 409, "care-session-state");
        assertProblem(checkIn(api, facility, body, null), 409, "care-session-state");
        assertEquals(List.of("BOOKED", "CHECKED_IN"), TestDatabase.careAuditActions(session));
        assertEquals("CHECKED_IN", session(api, family.token(), session).getString("state"));
    }

    @Test
    void theManualCodeAndAPhotoCheckInAsTheCameraDoes() {
        Family family = family(20);
        String facility = facility();
        String session = sessionNow(family, facility);
        String manual = pass(api, family.token(), session).getString("manualCode");
        Api.Reply reply = checkIn(api, facility, typed(manual), null);
        assertEquals(200, reply.status(), reply::toString);
        assertProblem(checkIn(api, facility, typed("0000-0000-0000-0"), null), 422);

        Family another = family(20);
        String photographed = sessionNow(another, facility);
        byte[] photo = QrCodes.png(passText(another, photographed), 400);
        Api.Reply byPhoto = api.send("POST", "/api/hourly-care/desk/check-ins/photo", TestTokens.facility(facility),
                "image/png", photo, Map.of());
        assertEquals(200, byPhoto.status(), byPhoto::toString);
        assertEquals("CHECKED_IN", byPhoto.json().getString("state"));
    }

    @Test
    void anotherFacilitysStaffGetNotFound() {
        Family family = family(20);
        String facility = facility();
        String other = facility();
        String session = sessionNow(family, facility);
        String body = scanned(passText(family, session));
        assertProblem(checkIn(api, other, body, null), 404, "care-session-not-found");
        assertProblem(api.get("/api/hourly-care/desk/sessions/" + session, TestTokens.facility(other)), 404);
        assertEquals(200, checkIn(api, facility, body, null).status());
        assertProblem(checkOut(api, other, session, body, null), 404, "care-session-not-found");
        assertTrue(api.get("/api/hourly-care/desk/board", TestTokens.facility(other)).json()
                .getJsonArray("inCare").isEmpty());
    }

    @Test
    void checkOutByTheGuardianCountsHoursAndSettlesThemByBatch() throws Exception {
        Family family = family(20);
        String facility = facility();
        String batch = VoucherFixtures.publishedBatch(api, HAIMEN, 10, 1, true);
        int before = remaining(api, family.token(), family.childId());
        String voucher = VoucherFixtures.claim(api, family.token(), family.childId(), batch).getString("id");
        String session = book(api, family.token(), facility, family.childId(), slotOpenForCheckIn(), voucher);
        assertEquals(200, checkIn(api, facility, scanned(passText(family, session)), null).status());
        assertEquals("REDEEMED", TestDatabase.voucherState(voucher));
        // the redemption the check-in made pays the session: the counter cannot void it
        String month = YearMonth.from(java.time.ZonedDateTime.now(ChinaTime.ZONE)).toString();
        JsonObject redemption = api.get("/api/redemptions?month=" + month, TestTokens.facility(facility)).array()
                .getJsonObject(0);
        assertTrue(redemption.getBoolean("atCheckIn"), redemption::toString);
        assertProblem(api.post("/api/redemptions/" + redemption.getString("id") + "/void", TestTokens.facility(
                facility), "{\"reason\":\"误操作\"}"), 409, "check-in-redemption");
        assertEquals("REDEEMED", TestDatabase.voucherState(voucher));

        JsonObject board = api.get("/api/hourly-care/desk/board", TestTokens.facility(facility)).json();
        assertEquals(1, board.getJsonArray("inCare").size());
        JsonObject inCare = board.getJsonArray("inCare").getJsonObject(0);
        assertEquals("测**宝", inCare.getString("childMaskedName"));
        assertEquals(TestTokens.STAFF_NAME, inCare.getString("checkedInBy"), "the board names staff, not subjects");
        assertFalse(board.toString().contains("staff-") || board.toString().contains("parent-"), board::toString);

        String key = UUID.randomUUID().toString();
        String out = scanned(passText(family, session));
        Api.Reply checkedOut = checkOut(api, facility, session, out, key);
        assertEquals(200, checkedOut.status(), checkedOut::toString);
        assertEquals("CHECKED_OUT", checkedOut.json().getString("state"));
        assertTrue(checkedOut.json().getBoolean("pickedUpByGuardian"));
        assertFalse(checkedOut.body().contains("guardian:") || checkedOut.body().contains("parent-"),
                "no guardian's subject: " + checkedOut.body());
        assertEquals(new BigDecimal("0.50"), checkedOut.json().getJsonNumber("hoursCounted").bigDecimalValue(),
                "a few minutes count as a started half hour");
        assertEquals("true", checkOut(api, facility, session, out, key).header("Idempotent-Replayed"));
        assertProblem(checkOut(api, facility, session, out, UUID.randomUUID().toString()), 409);

        JsonObject seen = session(api, family.token(), session);
        assertEquals("CHECKED_OUT", seen.getString("state"));
        assertEquals(new BigDecimal("0.50"), seen.getJsonNumber("hoursPaid").bigDecimalValue());
        assertEquals(new BigDecimal("0.00"), seen.getJsonNumber("overstayHours").bigDecimalValue());
        assertEquals(before - 1, remaining(api, family.token(), family.childId()),
                "the unit the voucher reserved is used, once");
        assertTrue(api.get("/api/hourly-care/desk/board", TestTokens.facility(facility)).json()
                .getJsonArray("inCare").isEmpty());

        JsonArray lines = api.get("/api/settlements?month=" + month, TestTokens.facility(facility)).array();
        assertEquals(1, lines.size(), lines::toString);
        assertEquals(1, lines.getJsonObject(0).getInt("sessions"));
        assertEquals(new BigDecimal("0.50"), lines.getJsonObject(0).getJsonNumber("hoursGiven").bigDecimalValue());
        Api.Reply csv = api.send(api.request("/api/settlements/csv?month=" + month, TestTokens.facility(facility))
                .setHeader("Accept", "text/csv").GET());
        List<CSVRecord> records = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body().substring(1))).getRecords();
        assertEquals("1", records.get(0).get(8));
        assertEquals("0.50", records.get(0).get(9));
        assertEquals("0.50", records.get(1).get(9), "the total row");
        assertEquals(List.of("BOOKED", "CHECKED_IN", "CHECKED_OUT"), TestDatabase.careAuditActions(session));
    }

    @Test
    void aWrongPersonAtPickUpIsRefusedAndLogged() throws Exception {
        Family family = family(20);
        String facility = facility();
        String session = sessionNow(family, facility);
        assertEquals(200, checkIn(api, facility, scanned(passText(family, session)), null).status());

        Family otherFamily = family(20);
        String otherSession = sessionNow(otherFamily, facility);
        assertProblem(checkOut(api, facility, session, scanned(passText(otherFamily, otherSession)), null), 403,
                "pickup-not-authorised");
        assertProblem(checkOut(api, facility, session, pickupCode("1234-5678-9012-8"), null), 403,
                "pickup-not-authorised");
        assertEquals("CHECKED_IN", session(api, family.token(), session).getString("state"));

        String phone = HourlyCareFixtures.freshPhone();
        JsonObject named = HourlyCareFixtures.namePickup(api, family.token(), session, phone);
        assertTrue(named.getBoolean("sentBySms"));
        String code = HourlyCareFixtures.pickupSms(phone).get(0).paramsJson().getString("code");
        JsonObject seenByStaff = api.get("/api/hourly-care/desk/sessions/" + session, TestTokens.facility(facility))
                .json();
        JsonObject grandmother = seenByStaff.getJsonArray("authorised").getJsonObject(1);
        assertEquals("王*英 (祖母)", grandmother.getString("label"));
        assertEquals(phone.substring(0, 3) + "****" + phone.substring(7), grandmother.getString("maskedPhone"));
        assertFalse(grandmother.getBoolean("used"));

        assertProblem(checkOut(api, facility, otherSession, pickupCode(code), null), 403, "pickup-not-authorised");
        Api.Reply out = checkOut(api, facility, session, pickupCode(code), null);
        assertEquals(200, out.status(), out::toString);
        assertEquals("王*英 (祖母)", out.json().getString("pickedUpBy"));
        assertEquals(List.of("BOOKED", "CHECKED_IN", "PICKUP_REFUSED", "PICKUP_REFUSED", "PICKUP_NAMED",
                "CHECKED_OUT"), TestDatabase.careAuditActions(session));
    }

    @Test
    void aChildNotCollectedByClosingIsClosedAndFlagged() throws Exception {
        Family family = family(20);
        String facility = facility();
        String session = sessionNow(family, facility);
        assertEquals(200, checkIn(api, facility, scanned(passText(family, session)), null).status());
        JsonObject checkedIn = session(api, family.token(), session);
        Instant in = OffsetDateTime.parse(checkedIn.getString("checkedInAt")).toInstant();
        Instant closing = OffsetDateTime.parse(checkedIn.getString("startsAt")).atZoneSameInstant(
                ChinaTime.ZONE).toLocalDate().plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant();
        clock.passTo(closing.plus(Duration.ofMinutes(31)));
        long deadline = System.currentTimeMillis() + 40_000;
        while (!"CLOSED".equals(session(api, family.token(), session).getString("state"))
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(1000);
        }
        JsonObject closed = session(api, family.token(), session);
        assertEquals("CLOSED", closed.getString("state"), "the closing timer ran");
        assertTrue(closed.getBoolean("flagged"));
        long halfHours = (Duration.between(in, closing).toMinutes() + 29) / 30;
        assertEquals(BigDecimal.valueOf(halfHours * 50, 2), closed.getJsonNumber("hoursCounted").bigDecimalValue(),
                "from check-in to closing time (midnight, round the clock), per started half hour");
        assertTrue(TestDatabase.careAuditActions(session).contains("CLOSED_UNCOLLECTED"));
        JsonObject told = Inboxes.one(api, family.token(), "CARE_CLOSED_UNCOLLECTED", "");
        assertTrue(told.getBoolean("essential"), "a child not collected is essential news");
    }

    @Test
    void aSessionNobodyCameToIsANoShowThatUsesTheVoucherUpInHaimen() throws Exception {
        Family family = family(20);
        String facility = facility();
        String batch = VoucherFixtures.publishedBatch(api, HAIMEN, 10, 1, false);
        String voucher = VoucherFixtures.claim(api, family.token(), family.childId(), batch).getString("id");
        String session = book(api, family.token(), facility, family.childId(), HourlyCareFixtures.tomorrowAtTen(),
                voucher);
        clock.passTo(OffsetDateTime.parse(session(api, family.token(), session).getString("endsAt"))
                .toInstant().plusSeconds(1));
        long deadline = System.currentTimeMillis() + 40_000;
        while (!"NO_SHOW".equals(session(api, family.token(), session).getString("state"))
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(1000);
        }
        assertEquals("NO_SHOW", session(api, family.token(), session).getString("state"), "the timer ran");
        assertEquals("CANCELLED", TestDatabase.voucherState(voucher), "海门区's rule: a no-show uses the voucher up");
        assertEquals(List.of("BOOKED", "NO_SHOW"), TestDatabase.careAuditActions(session));
        Inboxes.one(api, family.token(), "CARE_NO_SHOW", "");
    }
}
