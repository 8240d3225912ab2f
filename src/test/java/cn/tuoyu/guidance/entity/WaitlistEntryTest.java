package cn.tuoyu.guidance.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WaitlistEntryTest {

    static final Instant NOW = ParentClassTest.NOW;
    static final Instant EXPIRES = NOW.plus(Duration.ofHours(12));

    static WaitlistEntry waiting() {
        return new WaitlistEntry(ParentClassTest.published(1), UUID.randomUUID(), "guardian", NOW);
    }

    static WaitlistEntry offered() {
        WaitlistEntry entry = waiting();
        entry.offerAt(NOW, EXPIRES);
        return entry;
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource({
            "WAITING, OFFER, OFFERED",
            "OFFERED, ACCEPT, ACCEPTED",
            "OFFERED, EXPIRE, EXPIRED",
            "WAITING, EXPIRE, EXPIRED",
            "WAITING, WITHDRAW, WITHDRAWN",
            "OFFERED, WITHDRAW, WITHDRAWN"})
    void allowedTransitions(WaitlistState from, WaitlistAction action, WaitlistState to) {
        assertEquals(to, from.after(action));
    }

    @Test
    void everyOtherPairIsRefusedWithTheActionsConflict() {
        int refused = 0;
        for (WaitlistState from : WaitlistState.values()) {
            for (WaitlistAction action : WaitlistAction.values()) {
                try {
                    from.after(action);
                } catch (OfferNotOpenException e) {
                    assertEquals(WaitlistAction.ACCEPT, action, from + " " + action);
                    assertEquals(409, e.status());
                    refused++;
                } catch (WaitlistEntryClosedException e) {
                    assertFalse(action == WaitlistAction.ACCEPT, from + " " + action);
                    assertEquals(409, e.status());
                    refused++;
                }
            }
        }
        assertEquals(WaitlistState.values().length * WaitlistAction.values().length - 6, refused);
    }

    @Test
    void closedPlacesAcceptNothing() {
        for (WaitlistState closed : EnumSet.complementOf(EnumSet.copyOf(WaitlistState.OPEN))) {
            assertFalse(closed.open());
            for (WaitlistAction action : WaitlistAction.values()) {
                assertThrows(RuntimeException.class, () -> closed.after(action), closed + " " + action);
            }
        }
    }

    @Test
    void aWaitingPlaceIsOfferedASeatThatItAcceptsWhileTheHoldLasts() {
        WaitlistEntry entry = waiting();
        assertEquals(WaitlistState.WAITING, entry.state());
        assertNull(entry.offerExpiresAt());
        assertThrows(OfferNotOpenException.class, () -> entry.checkOfferOpenAt(NOW), "nothing offered yet");
        entry.offerAt(NOW, EXPIRES);
        assertEquals(EXPIRES, entry.offerExpiresAt());
        assertThrows(WaitlistEntryClosedException.class, () -> entry.offerAt(NOW, EXPIRES), "offered once");
        Booking booking = BookingTest.booked(ParentClassTest.published(1));
        entry.acceptAt(booking, EXPIRES.minusMillis(1));
        assertEquals(WaitlistState.ACCEPTED, entry.state());
        assertEquals(booking.id(), entry.bookingId());
        assertNull(entry.offerExpiresAt(), "the deadline shows only while offered");
    }

    @Test
    void anOfferIsNotAcceptedOnceItsHoldHasRunOut() {
        WaitlistEntry entry = offered();
        Booking booking = BookingTest.booked(ParentClassTest.published(1));
        assertThrows(OfferNotOpenException.class, () -> entry.acceptAt(booking, EXPIRES));
        assertEquals(WaitlistState.OFFERED, entry.state());
        entry.expireAt(EXPIRES);
        assertEquals(WaitlistState.EXPIRED, entry.state());
        assertThrows(OfferNotOpenException.class, () -> entry.acceptAt(booking, NOW));
    }

    @Test
    void withdrawingSaysWhetherTheLockedPlaceHeldASeatToPassOn() {
        assertFalse(waiting().withdrawAt(NOW), "a waiting place holds no seat");
        WaitlistEntry offered = offered();
        assertTrue(offered.withdrawAt(NOW), "an offered place's seat must be passed on");
        assertEquals(WaitlistState.WITHDRAWN, offered.state());
        var again = assertThrows(WaitlistEntryClosedException.class, () -> offered.withdrawAt(NOW));
        assertEquals("waitlist-entry-closed", again.slug());
    }

    @Test
    void aWaitingPlaceMayOnlyBeLeft() {
        assertEquals(Set.of(WaitlistAction.WITHDRAW), waiting().actionsAt(NOW));
    }

    @Test
    void anOpenOfferMayBeAcceptedOrDeclinedUntilItsHoldRunsOut() {
        WaitlistEntry entry = offered();
        assertEquals(EnumSet.of(WaitlistAction.ACCEPT, WaitlistAction.WITHDRAW),
                entry.actionsAt(EXPIRES.minusMillis(1)));
        assertEquals(Set.of(WaitlistAction.WITHDRAW), entry.actionsAt(EXPIRES),
                "acceptAt refuses once the hold has run out, even before the timer closes the offer");
    }

    @Test
    void aClosedPlaceOffersNothing() {
        WaitlistEntry accepted = offered();
        accepted.acceptAt(BookingTest.booked(ParentClassTest.published(1)), NOW);
        WaitlistEntry expired = offered();
        expired.expireAt(EXPIRES);
        WaitlistEntry withdrawn = waiting();
        withdrawn.withdrawAt(NOW);
        for (WaitlistEntry closed : new WaitlistEntry[] {accepted, expired, withdrawn}) {
            assertEquals(Set.of(), closed.actionsAt(NOW), closed.state().name());
        }
    }

    @Test
    void theFamilyIsOfferedOnlyWhatTheStateMachineAllows() {
        for (WaitlistState state : WaitlistState.values()) {
            Set<WaitlistAction> allowed = state.allowed(EnumSet.allOf(WaitlistAction.class));
            for (WaitlistAction action : WaitlistAction.values()) {
                boolean transition;
                try {
                    state.after(action);
                    transition = true;
                } catch (RuntimeException refused) {
                    transition = false;
                }
                assertEquals(transition, allowed.contains(action), state + " " + action);
            }
            assertTrue(WaitlistAction.FAMILY.containsAll(state.allowed(WaitlistAction.FAMILY)));
        }
    }
}
