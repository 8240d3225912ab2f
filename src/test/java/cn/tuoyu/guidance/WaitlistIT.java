package cn.tuoyu.guidance;

import static cn.tuoyu.guidance.GuidanceFixtures.HAIMEN;
import static cn.tuoyu.guidance.GuidanceFixtures.actions;
import static cn.tuoyu.guidance.GuidanceFixtures.await;
import static cn.tuoyu.guidance.GuidanceFixtures.book;
import static cn.tuoyu.guidance.GuidanceFixtures.closeBookings;
import static cn.tuoyu.guidance.GuidanceFixtures.family;
import static cn.tuoyu.guidance.GuidanceFixtures.freedSeatOffered;
import static cn.tuoyu.guidance.GuidanceFixtures.fullClassWithWaitlist;
import static cn.tuoyu.guidance.GuidanceFixtures.inDays;
import static cn.tuoyu.guidance.GuidanceFixtures.ok;
import static cn.tuoyu.guidance.GuidanceFixtures.publish;
import static cn.tuoyu.guidance.GuidanceFixtures.runConcurrently;
import static cn.tuoyu.guidance.GuidanceFixtures.seatsLeft;
import static cn.tuoyu.guidance.GuidanceFixtures.sessionsLeft;
import static cn.tuoyu.guidance.GuidanceFixtures.tryBook;
import static cn.tuoyu.guidance.GuidanceFixtures.tryJoinWaitlist;
import static cn.tuoyu.guidance.GuidanceFixtures.waitlistEntry;
import static cn.tuoyu.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import cn.tuoyu.guidance.GuidanceFixtures.Family;
import cn.tuoyu.guidance.GuidanceFixtures.WaitingLine;
import cn.tuoyu.testing.AgainstTheApp;
import cn.tuoyu.testing.Api;
import cn.tuoyu.testing.TestDatabase;

/**
 * The waitlist of a full class over real HTTP: who may join, the offer of a freed seat to the first family waiting,
 * accepting, withdrawing, an offer running out and bookings closing (both passed on by the server's timer), and the
 * race of a withdrawal against the offer it is about to receive. Each test starts from its own line of families
 * ({@link GuidanceFixtures#fullClassWithWaitlist}, {@link GuidanceFixtures#freedSeatOffered}).
 */
class WaitlistIT extends AgainstTheApp {

    @Test
    void onlyAFullClassHasAWaitlistAndEachChildWaitsOnce() {
        Family holder = family(api, HAIMEN, 6);
        Family second = family(api, HAIMEN, 6);
        Family third = family(api, HAIMEN, 6);
        String clazz = publish(api, HAIMEN, 1, 0, 12, inDays(4));

        assertProblem(tryJoinWaitlist(api, second.token(), clazz, second.child()), 409, "seats-available");
        book(api, holder, clazz);
        assertProblem(tryBook(api, second.token(), clazz, second.child()), 409, "class-full");
        assertProblem(tryJoinWaitlist(api, holder.token(), clazz, holder.child()), 409, "child-already-booked");

        Api.Reply waiting = tryJoinWaitlist(api, second.token(), clazz, second.child());
        assertEquals(201, waiting.status(), waiting::toString);
        assertEquals(1, waiting.json().getInt("position"));
        String secondEntry = waiting.json().getString("id");
        Api.Reply next = tryJoinWaitlist(api, third.token(), clazz, third.child());
        assertEquals(2, next.json().getInt("position"), next::toString);
        assertProblem(tryJoinWaitlist(api, second.token(), clazz, second.child()), 409, "already-on-waitlist");
        assertProblem(api.post("/api/waitlist/" + secondEntry + "/acceptance", second.token(), ""), 409,
                "offer-not-open");
        assertProblem(api.post("/api/waitlist/" + secondEntry + "/acceptance", third.token(), ""), 404,
                "waitlist-entry-not-found");
    }

    @Test
    void aFreedSeatIsHeldTwelveHoursForTheFirstFamilyWaiting() {
        WaitingLine line = fullClassWithWaitlist(api, 2);
        Family first = line.waiting().get(0);
        Family second = line.waiting().get(1);

        assertEquals(200, api.delete("/api/bookings/" + line.seat(), line.holder().token()).status());
        JsonObject offered = waitlistEntry(api, first.token(), line.entries().get(0));
        assertEquals("OFFERED", offered.getString("state"), offered::toString);
        Instant deadline = OffsetDateTime.parse(offered.getString("offerExpiresAt")).toInstant();
        long minutes = Duration.between(Instant.now(), deadline).toMinutes();
        assertTrue(minutes > 11 * 60 && minutes <= 12 * 60, "held for the default 12 hours: " + offered);
        assertEquals(0, seatsLeft(api, line.classId()), "the freed seat is held for the offer");
        assertProblem(tryBook(api, line.holder().token(), line.classId(), line.holder().child()), 409, "class-full");
        assertEquals(1, waitlistEntry(api, second.token(), line.entries().get(1)).getInt("position"));
    }

    @Test
    void anExpiredOfferPassesToTheNextFamily() throws Exception {
        WaitingLine line = freedSeatOffered(api, 2);
        Family first = line.waiting().get(0);
        Family second = line.waiting().get(1);

        letOfferRunOut(first, line.entries().get(0));
        JsonObject passedOn = await(() -> waitlistEntry(api, second.token(), line.entries().get(1)),
                e -> "OFFERED".equals(e.getString("state")));
        assertEquals("OFFERED", passedOn.getString("state"), "the expiry timer passed the offer on: " + passedOn);
        assertEquals("EXPIRED", waitlistEntry(api, first.token(), line.entries().get(0)).getString("state"));
        assertProblem(api.post("/api/waitlist/" + line.entries().get(0) + "/acceptance", first.token(), ""), 409,
                "offer-not-open");
    }

    @Test
    void acceptingAnOfferBooksTheSeatAndCancellingItWithNobodyWaitingFreesIt() {
        WaitingLine line = freedSeatOffered(api, 1);
        Family family = line.waiting().get(0);
        String entry = line.entries().get(0);

        Api.Reply accepted = api.post("/api/waitlist/" + entry + "/acceptance", family.token(), "");
        assertEquals(201, accepted.status(), accepted::toString);
        assertEquals("BOOKED", accepted.json().getString("state"));
        assertEquals("ACCEPTED", waitlistEntry(api, family.token(), entry).getString("state"));
        assertEquals(1, sessionsLeft(api, family.token(), family.child()), "accepting reserved the session");
        assertEquals(0, seatsLeft(api, line.classId()));

        assertEquals(200, api.delete("/api/bookings/" + accepted.json().getString("id"), family.token()).status());
        assertEquals(1, seatsLeft(api, line.classId()), "nobody waits: the seat goes back");
        assertEquals(2, sessionsLeft(api, family.token(), family.child()));
    }

    @Test
    void withdrawingAnOpenOfferPassesItToTheNextFamily() {
        WaitingLine line = freedSeatOffered(api, 2);
        Family first = line.waiting().get(0);
        Family second = line.waiting().get(1);
        assertEquals("OFFERED", waitlistEntry(api, first.token(), line.entries().get(0)).getString("state"));

        Api.Reply withdrawn = api.delete("/api/waitlist/" + line.entries().get(0), first.token());
        assertEquals("WITHDRAWN", withdrawn.json().getString("state"), withdrawn::toString);
        assertEquals("OFFERED", waitlistEntry(api, second.token(), line.entries().get(1)).getString("state"));
        assertProblem(api.delete("/api/waitlist/" + line.entries().get(0), first.token()), 409,
                "waitlist-entry-closed");
        assertEquals(1, TestDatabase.seatsTaken(line.classId()));
    }

    @Test
    void closingBookingsEndsTheWaitAndTheOpenOffer() throws Exception {
        WaitingLine line = freedSeatOffered(api, 2);
        Family offered = line.waiting().get(0);
        Family waiting = line.waiting().get(1);

        closeBookings(api, clock, line.classId());
        JsonObject closed = await(() -> waitlistEntry(api, waiting.token(), line.entries().get(1)),
                e -> "EXPIRED".equals(e.getString("state")));
        assertEquals("EXPIRED", closed.getString("state"), "bookings closed: nobody waits any more");
        assertEquals("EXPIRED", waitlistEntry(api, offered.token(), line.entries().get(0)).getString("state"),
                "and the open offer ended");
        assertEquals(0, TestDatabase.seatsTaken(line.classId()));
    }

    /**
     * The race that once left a seat held by nobody in the two-instance mix: a family leaves the waitlist at the very
     * moment a cancellation offers it the freed seat. Whichever wins, the seat ends free (nobody else waits) and the
     * counter says so; withdrawing read the place's state from before the offer and so never passed the seat on.
     */
    @Test
    void aPlaceLeftWhileTheFreedSeatIsOfferedToItGivesTheSeatBack() throws Exception {
        Family first = family(api, HAIMEN, 3);
        Family second = family(api, HAIMEN, 3);
        List<String> classes = new ArrayList<>();
        for (int round = 0; round < 25; round++) {
            String clazz = publish(api, HAIMEN, 1, 0, 12, inDays(5));
            classes.add(clazz);
            String seat = book(api, first, clazz);
            String place = tryJoinWaitlist(api, second.token(), clazz, second.child()).json().getString("id");
            List<Integer> statuses = runConcurrently(List.of(
                    () -> api.delete("/api/bookings/" + seat, first.token()).status(),
                    () -> api.delete("/api/waitlist/" + place, second.token()).status()));
            assertEquals(List.of(200, 200), statuses, "both the cancellation and the withdrawal went through");
        }
        assertEquals(0, TestDatabase.classesWithSeatsTaken(classes), "every freed seat is free again");
        assertEquals(0, TestDatabase.openOffers(classes), "and offered to nobody");
    }

    @Test
    void aWaitingPlaceOffersLeavingAndAnOpenOfferAcceptingOrLeaving() {
        String clazz = publish(api, HAIMEN, 1, 0, 12, inDays(4));
        Family holder = family(api, HAIMEN, 6);
        String seat = book(api, holder, clazz);
        Family waiting = family(api, HAIMEN, 6);
        Api.Reply joined = tryJoinWaitlist(api, waiting.token(), clazz, waiting.child());
        assertEquals(201, joined.status(), joined::toString);
        assertEquals(List.of("WITHDRAW"), actions(joined.json()), joined::toString);
        String entry = joined.json().getString("id");
        assertEquals(List.of("WITHDRAW"), actions(waitlistEntry(api, waiting.token(), entry)));

        ok(api.delete("/api/bookings/" + seat, holder.token()));
        assertEquals(List.of("ACCEPT", "WITHDRAW"), actions(waitlistEntry(api, waiting.token(), entry)));

        letOfferRunOut(waiting, entry);
        JsonObject ranOut = waitlistEntry(api, waiting.token(), entry);
        assertFalse(actions(ranOut).contains("ACCEPT"), "a hold run out is not offered for accepting: " + ranOut);
    }

    @Test
    void aLeftPlaceOffersNothing() {
        WaitingLine line = fullClassWithWaitlist(api, 1);
        Family waiting = line.waiting().get(0);
        String entry = line.entries().get(0);
        Api.Reply left = ok(api.delete("/api/waitlist/" + entry, waiting.token()));
        assertEquals(List.of(), actions(left.json()), left::toString);
        assertEquals(List.of(), actions(waitlistEntry(api, waiting.token(), entry)));
    }

    /** The family's open offer has run out: the app's clock is let run a second past its deadline. */
    private void letOfferRunOut(Family family, String entryId) {
        clock.passTo(OffsetDateTime.parse(waitlistEntry(api, family.token(), entryId).getString("offerExpiresAt"))
                .toInstant().plusSeconds(1));
    }
}
