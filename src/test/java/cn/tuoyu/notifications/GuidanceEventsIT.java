package cn.tuoyu.notifications;

import static cn.tuoyu.guidance.GuidanceFixtures.CHINA;
import static cn.tuoyu.guidance.GuidanceFixtures.HAIMEN;
import static cn.tuoyu.guidance.GuidanceFixtures.assignedVisit;
import static cn.tuoyu.guidance.GuidanceFixtures.await;
import static cn.tuoyu.guidance.GuidanceFixtures.book;
import static cn.tuoyu.guidance.GuidanceFixtures.classBody;
import static cn.tuoyu.guidance.GuidanceFixtures.created;
import static cn.tuoyu.guidance.GuidanceFixtures.family;
import static cn.tuoyu.guidance.GuidanceFixtures.freedSeatOffered;
import static cn.tuoyu.guidance.GuidanceFixtures.inDays;
import static cn.tuoyu.guidance.GuidanceFixtures.ok;
import static cn.tuoyu.guidance.GuidanceFixtures.outcomeBody;
import static cn.tuoyu.guidance.GuidanceFixtures.requestedVisit;
import static cn.tuoyu.guidance.GuidanceFixtures.waitlistEntry;
import static cn.tuoyu.guidance.GuidanceFixtures.windowBody;
import static cn.tuoyu.notifications.Inboxes.awaitOne;
import static cn.tuoyu.notifications.Inboxes.none;
import static cn.tuoyu.notifications.Inboxes.notices;
import static cn.tuoyu.notifications.Inboxes.one;
import static cn.tuoyu.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import cn.tuoyu.guidance.GuidanceFixtures;
import cn.tuoyu.guidance.GuidanceFixtures.Family;
import cn.tuoyu.guidance.GuidanceFixtures.Visit;
import cn.tuoyu.guidance.GuidanceFixtures.WaitingLine;
import cn.tuoyu.testing.AgainstTheApp;
import cn.tuoyu.testing.Api;
import cn.tuoyu.testing.TestDatabase;
import cn.tuoyu.testing.TestTokens;

/**
 * Guidance tells families what happens to their child's seats and visits, in the transaction of the change: read in
 * each family's inbox after the business call, absent from another family's, and absent after a call that failed.
 * The day-before reminders come from the server's timer, which reads the injected clock: a class or visit tomorrow is
 * reminded, one in three days is not, and a second scan of the same booking tells nobody twice.
 */
class GuidanceEventsIT extends AgainstTheApp {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Test
    void aCancelledBookingTellsItsFamilyAndATooLateCancellationTellsNobody() {
        String topic = "取消测试-" + UUID.randomUUID();
        String clazz = infantClass(topic, inDays(4), 2);
        Family leaving = family(api, HAIMEN, 6);
        Family staying = family(api, HAIMEN, 6);
        String seat = book(api, leaving, clazz);
        book(api, staying, clazz);

        ok(api.delete("/api/bookings/" + seat, leaving.token()));
        JsonObject cancelled = one(api, leaving.token(), "BOOKING_CANCELLED", topic);
        assertEquals("/bookings", cancelled.getString("link"));
        assertFalse(cancelled.getBoolean("essential"));
        assertTrue(cancelled.getString("body").contains("*"), () -> "the child's name is masked: " + cancelled);
        none(api, staying.token(), "BOOKING_CANCELLED", topic);

        String late = "太晚取消-" + UUID.randomUUID();
        String closing = infantClass(late, inDays(4), 1);
        Family tooLate = family(api, HAIMEN, 6);
        String lateSeat = book(api, tooLate, closing);
        GuidanceFixtures.closeBookings(api, clock, closing);
        assertProblem(api.delete("/api/bookings/" + lateSeat, tooLate.token()), 422, "cancellation-closed");
        none(api, tooLate.token(), "BOOKING_CANCELLED", late);
    }

    @Test
    void anErasedChildsNoticesLeaveTheInboxAndAnotherFamilysStay() {
        String topic = "擦除通知-" + UUID.randomUUID();
        String clazz = infantClass(topic, inDays(4), 3);
        Family erased = family(api, HAIMEN, 6);
        Family other = family(api, HAIMEN, 6);
        book(api, erased, clazz);
        book(api, other, clazz);
        one(api, erased.token(), "BOOKING_CONFIRMED", topic);
        assertTrue(TestDatabase.noticesAbout(erased.child()) > 0, "the notice knows its child");

        assertEquals(204, api.delete("/api/consents/children-data", erased.token()).status());

        // neither the confirmation nor what the erasure's own cancellation told is left
        Api.Reply inbox = api.get("/api/notifications?size=100", erased.token());
        assertEquals(200, inbox.status(), inbox::toString);
        assertFalse(inbox.body().contains(topic), inbox::toString);
        assertEquals(0, TestDatabase.noticesAbout(erased.child()));
        one(api, other.token(), "BOOKING_CONFIRMED", topic);
    }

    @Test
    void aWaitlistOfferIsEssentialWithItsDeadlineAndItsExpiryIsTold() throws Exception {
        WaitingLine line = freedSeatOffered(api, 2);
        Family first = line.waiting().get(0);
        Family second = line.waiting().get(1);
        String topic = ok(api.get("/api/classes/" + line.classId(), null)).json().getString("topic");

        JsonObject offer = one(api, first.token(), "WAITLIST_OFFER", topic);
        assertTrue(offer.getBoolean("essential"), offer::toString);
        String deadline = MINUTE.format(OffsetDateTime.parse(waitlistEntry(api, first.token(),
                line.entries().get(0)).getString("offerExpiresAt")).atZoneSameInstant(CHINA));
        assertTrue(offer.getString("body").contains(deadline), () -> "the deadline " + deadline + ": " + offer);
        none(api, second.token(), "WAITLIST_OFFER", topic);
        one(api, line.holder().token(), "BOOKING_CANCELLED", topic);

        clock.passTo(OffsetDateTime.parse(waitlistEntry(api, first.token(), line.entries().get(0)).getString(
                "offerExpiresAt")).toInstant().plusSeconds(1));
        JsonObject expired = awaitOne(api, first.token(), "WAITLIST_OFFER_EXPIRED", topic);
        assertFalse(expired.getBoolean("essential"));
        assertEquals("/bookings", expired.getString("link"));
        awaitOne(api, second.token(), "WAITLIST_OFFER", topic);
        none(api, second.token(), "WAITLIST_OFFER_EXPIRED", topic);
        assertEquals(1, notices(api, first.token(), "WAITLIST_OFFER", topic).size(), "the first offer told once");
    }

    @Test
    void aHomeVisitTellsItsFamilyWhenAssignedScheduledMovedAndRecorded() {
        Visit visit = assignedVisit(api);
        Visit other = requestedVisit(api);
        String parent = visit.family().token();
        String path = "/api/staff/visits/" + visit.id();
        JsonObject assigned = one(api, parent, "VISIT_ASSIGNED", "");
        assertEquals("/visits", assigned.getString("link"));
        none(api, other.family().token(), "VISIT_ASSIGNED", "");

        OffsetDateTime first = inDays(3);
        ok(api.put(path + "/schedule", visit.staff(), windowBody(first, first.plusHours(1))));
        one(api, parent, "VISIT_SCHEDULED", MINUTE.format(first));
        none(api, parent, "VISIT_RESCHEDULED", "");

        OffsetDateTime moved = inDays(4);
        ok(api.put(path + "/schedule", visit.staff(), windowBody(moved, moved.plusHours(1))));
        one(api, parent, "VISIT_RESCHEDULED", MINUTE.format(moved));
        assertProblem(api.put(path + "/schedule", visit.staff(), windowBody(inDays(-1), inDays(-1).plusHours(1))),
                422, "visit-time-in-past");
        assertEquals(1, notices(api, parent, "VISIT_RESCHEDULED", "").size(), "a refused move tells nobody");
        assertEquals(1, notices(api, parent, "VISIT_SCHEDULED", "").size(), "a move is not a first schedule");

        assertProblem(api.put(path + "/outcome", visit.staff(), "{\"outcome\": \"DONE\"}"), 422,
                "visit-topics-required");
        none(api, parent, "VISIT_OUTCOME", "");
        ok(api.put(path + "/outcome", visit.staff(), outcomeBody("DONE", "喂养")));
        one(api, parent, "VISIT_OUTCOME", "");
        none(api, other.family().token(), "VISIT_SCHEDULED", "");
        none(api, other.family().token(), "VISIT_OUTCOME", "");
    }

    @Test
    void classesAndVisitsOfTomorrowAreRemindedOnceAndLaterOnesNot() throws Exception {
        OffsetDateTime tomorrow = LocalDate.now(CHINA).plusDays(1).atTime(10, 0).atZone(CHINA).toOffsetDateTime();
        String soon = "明天的课-" + UUID.randomUUID();
        String later = "三天后的课-" + UUID.randomUUID();
        Family family = family(api, HAIMEN, 6);
        Family other = family(api, HAIMEN, 6);
        // what is not due first: the run that reminds of tomorrow's has seen it
        book(api, family, infantClass(later, inDays(3), 5));
        Visit visitLater = assignedVisit(api);
        ok(api.put("/api/staff/visits/" + visitLater.id() + "/schedule", visitLater.staff(),
                windowBody(inDays(3), inDays(3).plusHours(1))));
        Visit visitTomorrow = assignedVisit(api);
        ok(api.put("/api/staff/visits/" + visitTomorrow.id() + "/schedule", visitTomorrow.staff(),
                windowBody(tomorrow.plusHours(1), tomorrow.plusHours(2))));
        String soonSeat = book(api, family, infantClass(soon, tomorrow, 5));

        JsonObject reminder = awaitOne(api, family.token(), "CLASS_REMINDER", soon);
        assertFalse(reminder.getBoolean("essential"), "a reminder is not essential");
        assertTrue(reminder.getString("body").contains(MINUTE.format(tomorrow)), reminder::toString);
        JsonObject visitReminder = awaitOne(api, visitTomorrow.family().token(), "VISIT_REMINDER",
                MINUTE.format(tomorrow.plusHours(1)));
        assertEquals("/visits", visitReminder.getString("link"));
        // the runs that reminded of those saw the later class and visit: passed over
        none(api, family.token(), "CLASS_REMINDER", later);
        none(api, other.token(), "CLASS_REMINDER", soon);
        none(api, visitLater.family().token(), "VISIT_REMINDER", "");

        TestDatabase.forgetClassReminder(soonSeat);
        assertTrue(await(() -> TestDatabase.classReminded(soonSeat), done -> done), "scanned again");
        one(api, family.token(), "CLASS_REMINDER", soon);
    }

    /** A class for infants in Haimen with this topic; returns its id. */
    private String infantClass(String topic, OffsetDateTime start, int capacity) {
        return created(api.post("/api/staff/classes", TestTokens.health(HAIMEN), classBody(topic, start,
                start.plusHours(1), null, capacity, 0, 12)));
    }
}
