package cn.tuoyu.hourlycare;

import static cn.tuoyu.hourlycare.HourlyCareFixtures.book;
import static cn.tuoyu.hourlycare.HourlyCareFixtures.checkIn;
import static cn.tuoyu.hourlycare.HourlyCareFixtures.checkOut;
import static cn.tuoyu.hourlycare.HourlyCareFixtures.pass;
import static cn.tuoyu.hourlycare.HourlyCareFixtures.pickupCode;
import static cn.tuoyu.hourlycare.HourlyCareFixtures.publish;
import static cn.tuoyu.hourlycare.HourlyCareFixtures.scanned;
import static cn.tuoyu.hourlycare.HourlyCareFixtures.slotOpenForCheckIn;
import static cn.tuoyu.notifications.Inboxes.awaitOne;
import static cn.tuoyu.notifications.Inboxes.none;
import static cn.tuoyu.notifications.Inboxes.one;
import static cn.tuoyu.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import cn.tuoyu.facilities.FacilityFixtures;
import cn.tuoyu.families.FamilyFixtures;
import cn.tuoyu.guidance.GuidanceFixtures;
import cn.tuoyu.platform.time.ChinaTime;
import cn.tuoyu.stack.SmsStandIn;
import cn.tuoyu.testing.AgainstTheApp;
import cn.tuoyu.testing.TestDatabase;

/**
 * Hourly care tells the child's guardians each step through the notifications outbox (issues 15, 16), and the
 * one-time pick-up code reaches the named person by SMS, once, and is not left readable in the database.
 */
class CareNoticesIT extends AgainstTheApp {

    static final String HAIMEN = "320614";
    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    record Family(String token, String childId) {
    }

    Family family() {
        String token = FamilyFixtures.consentingResident(api);
        return new Family(token, FamilyFixtures.registerChild(api, token, 20, HAIMEN));
    }

    String facility() {
        String facility = FacilityFixtures.filed(api, HAIMEN);
        publish(api, facility, 5);
        return facility;
    }

    @Test
    void eachStepReachesTheChildsGuardiansAndNobodyElseAndARefusedStepTellsNobody() {
        Family family = family();
        Family other = family();
        String facility = facility();
        Instant start = slotOpenForCheckIn();
        String session = book(api, family.token(), facility, family.childId(), start, null);

        JsonObject booked = one(api, family.token(), "CARE_BOOKED", MINUTE.format(start.atZone(ChinaTime.ZONE)));
        assertEquals("/care", booked.getString("link"));
        assertTrue(booked.getString("body").contains("测**宝"), booked::toString);
        assertFalse(booked.getBoolean("essential"));
        none(api, other.token(), "CARE_BOOKED", "");

        String passText = pass(api, family.token(), session).getString("text");
        assertEquals(200, checkIn(api, facility, scanned(passText), null).status());
        one(api, family.token(), "CARE_CHECKED_IN", "测**宝");
        assertProblem(checkIn(api, facility, scanned(passText), null), 409, "care-session-state");
        assertEquals(1, TestDatabase.notices("care-checked-in:" + session), "a refused second check-in tells nobody");
        none(api, other.token(), "CARE_CHECKED_IN", "");

        assertEquals(200, checkOut(api, facility, session, scanned(pass(api, family.token(), session).getString(
                "text")), null).status());
        JsonObject out = one(api, family.token(), "CARE_CHECKED_OUT", "测**宝");
        assertTrue(out.getString("body").contains("0.5"), () -> "the hours counted: " + out);
        none(api, other.token(), "CARE_CHECKED_OUT", "");

        Instant tomorrow = HourlyCareFixtures.tomorrowAtTen();
        String later = book(api, family.token(), facility, family.childId(), tomorrow, null);
        assertEquals(200, api.post("/api/hourly-care/sessions/" + later + "/cancellation", family.token(), "{}")
                .status());
        one(api, family.token(), "CARE_CANCELLED", MINUTE.format(tomorrow.atZone(ChinaTime.ZONE)));
        assertProblem(api.post("/api/hourly-care/sessions/" + later + "/cancellation", family.token(), "{}"), 409);
        assertEquals(1, TestDatabase.notices("care-cancelled:" + later), "a refused second cancel tells nobody");
        none(api, other.token(), "CARE_CANCELLED", "");
    }

    @Test
    void thePickUpCodeGoesToTheNamedPersonBySmsOnceAndIsNotLeftInTheDatabase() throws Exception {
        Family family = family();
        String facility = facility();
        String session = book(api, family.token(), facility, family.childId(), slotOpenForCheckIn(), null);
        assertEquals(200, checkIn(api, facility, scanned(pass(api, family.token(), session).getString("text")), null)
                .status());
        String phone = HourlyCareFixtures.freshPhone();

        JsonObject named = HourlyCareFixtures.namePickup(api, family.token(), session, phone);
        assertTrue(named.getBoolean("sentBySms"));
        assertTrue(!named.containsKey("code") || named.isNull("code"), "SMS is on: the guardian is not shown the code");

        List<SmsStandIn.Sms> sent = HourlyCareFixtures.pickupSms(phone);
        JsonObject params = sent.get(0).paramsJson();
        assertEquals("测**宝", params.getString("child"));
        assertFalse(params.getString("facility").isBlank());
        String code = params.getString("code");
        assertTrue(code.matches("[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]"), code);
        none(api, family.token(), "CARE_PICKUP_CODE", "");

        assertEquals(List.of("SENT scrubbed"), GuidanceFixtures.await(() -> TestDatabase.directSms(phone),
                rows -> rows.equals(List.of("SENT scrubbed"))), "sent once, its code gone from the row");
        assertEquals(0, TestDatabase.outboxRowsHolding(code), "the code is nowhere in the outbox");
        assertEquals(0, TestDatabase.outboxRowsHolding(code.replace("-", "")));

        var out = checkOut(api, facility, session, pickupCode(code), null);
        assertEquals(200, out.status(), out::toString);
        assertEquals("王*英 (祖母)", out.json().getString("pickedUpBy"));
        assertEquals(1, HourlyCareFixtures.pickupSms(phone).size(), "sent once");
    }

    @Test
    void theDayBeforeReminderComesWhenTheClockReachesTheDayBefore() throws Exception {
        Family family = family();
        Family other = family();
        String facility = facility();
        LocalDate day = LocalDate.now(ChinaTime.ZONE).plusDays(3);
        Instant start = day.atTime(10, 0).atZone(ChinaTime.ZONE).toInstant();
        String session = book(api, family.token(), facility, family.childId(), start, null);
        String at = MINUTE.format(start.atZone(ChinaTime.ZONE));
        none(api, family.token(), "CARE_REMINDER", at);

        clock.passTo(day.minusDays(1).atTime(9, 0).atZone(ChinaTime.ZONE).toInstant());
        JsonObject reminder = awaitOne(api, family.token(), "CARE_REMINDER", at);
        assertEquals("/care", reminder.getString("link"));
        none(api, other.token(), "CARE_REMINDER", "");
        clock.advance(Duration.ofMinutes(1));
        assertEquals(1, TestDatabase.notices("care-reminder:" + session), "reminded once");
    }
}
