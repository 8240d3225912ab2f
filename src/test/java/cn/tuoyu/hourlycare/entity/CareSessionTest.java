package cn.tuoyu.hourlycare.entity;

import static cn.tuoyu.hourlycare.entity.CareHoursTest.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CareSessionTest {

    static final SlotTimes SLOT = new SlotTimes(at("2026-12-05T09:00"), at("2026-12-05T11:00"),
            at("2026-12-05T17:00"));

    static CareSession booked(BigDecimal covered) {
        CareSession.Payment payment = covered == null
                ? CareSession.Payment.entitlement(UUID.randomUUID())
                : CareSession.Payment.voucher(UUID.randomUUID(), UUID.randomUUID(), covered);
        return CareSession.book(UUID.randomUUID(), UUID.randomUUID(), "320614", UUID.randomUUID(), SLOT,
                UUID.randomUUID(), "parent", payment, at("2026-12-04T10:00"));
    }

    @Test
    void theStateMachine() {
        assertEquals(Set.of(SessionState.CHECKED_IN, SessionState.CANCELLED, SessionState.NO_SHOW),
                SessionState.BOOKED.next());
        assertEquals(Set.of(SessionState.CHECKED_OUT, SessionState.CLOSED), SessionState.CHECKED_IN.next());
        for (SessionState end : Set.of(SessionState.CHECKED_OUT, SessionState.CANCELLED, SessionState.NO_SHOW,
                SessionState.CLOSED)) {
            assertTrue(end.next().isEmpty(), end + " is final");
            assertFalse(end.holdsTime());
        }
        assertTrue(SessionState.BOOKED.holdsTime() && SessionState.CHECKED_IN.holdsTime());
    }

    @Test
    void aSlotThatHasEndedCannotBeBooked() {
        assertThrows(SlotOverException.class, () -> CareSession.book(UUID.randomUUID(), UUID.randomUUID(), "320614",
                UUID.randomUUID(), SLOT, UUID.randomUUID(), "p", CareSession.Payment.entitlement(UUID.randomUUID()),
                at("2026-12-05T11:00")));
    }

    @Test
    void cancellingUpToTheCutoffOnly() {
        CareSession early = booked(null);
        early.cancelAt(at("2026-12-05T07:00"), Duration.ofHours(2));
        assertEquals(SessionState.CANCELLED, early.state());
        CareSession late = booked(null);
        assertThrows(CancellationClosedException.class, () -> late.cancelAt(at("2026-12-05T07:01"),
                Duration.ofHours(2)));
        assertThrows(SessionStateException.class, () -> early.cancelAt(at("2026-12-05T06:00"), Duration.ZERO));
    }

    @Test
    void checkInFromAnHourBeforeUntilTheSlotEnds() {
        assertThrows(NotCheckInTimeException.class,
                () -> booked(null).checkInAt(at("2026-12-05T07:59"), "s", "S", "g"));
        assertThrows(NotCheckInTimeException.class,
                () -> booked(null).checkInAt(at("2026-12-05T11:00"), "s", "S", "g"));
        CareSession s = booked(null);
        s.checkInAt(at("2026-12-05T08:00"), "staff", "Staff", "guardian");
        assertEquals(SessionState.CHECKED_IN, s.state());
        assertEquals("guardian", s.droppedOffBy());
        assertEquals("Staff", s.checkedInByName());
        assertThrows(SessionStateException.class,
                () -> s.checkInAt(at("2026-12-05T08:01"), "staff", "Staff", "guardian"),
                "a second check-in is refused");
    }

    @Test
    void checkOutCountsTheHoursCappedByTheVoucher() {
        CareSession s = booked(new BigDecimal("2"));
        s.checkInAt(at("2026-12-05T09:05"), "staff", "Staff", "guardian");
        CareHours hours = s.checkOutAt(at("2026-12-05T11:40"), "staff", "guardian", 30);
        assertEquals(SessionState.CHECKED_OUT, s.state());
        assertEquals(155, s.minutesInCare());
        assertEquals(new BigDecimal("3.00"), s.hoursCounted());
        assertEquals(new BigDecimal("2.00"), s.hoursPaid());
        assertEquals(new BigDecimal("1.00"), s.overstayHours());
        assertEquals(hours.paid(), s.hoursPaid());
        assertThrows(SessionStateException.class, () -> s.checkOutAt(at("2026-12-05T11:41"), "s", "g", 30));
    }

    @Test
    void aChildNotCollectedIsClosedAtClosingAndFlagged() {
        CareSession s = booked(null);
        s.checkInAt(at("2026-12-05T09:00"), "staff", "Staff", "guardian");
        assertFalse(s.uncollectedAt(at("2026-12-05T17:29"), Duration.ofMinutes(30)));
        assertTrue(s.uncollectedAt(at("2026-12-05T17:30"), Duration.ofMinutes(30)));
        s.closeUncollected(30);
        assertEquals(SessionState.CLOSED, s.state());
        assertTrue(s.flagged());
        assertEquals(at("2026-12-05T17:00"), s.checkedOutAt(), "closed at closing time, not when the timer ran");
        assertEquals(new BigDecimal("8.00"), s.hoursCounted());
    }

    @Test
    void aNoShowOnlyFromBooked() {
        CareSession s = booked(null);
        s.markNoShow();
        assertEquals(SessionState.NO_SHOW, s.state());
        assertThrows(SessionStateException.class, () -> s.checkInAt(at("2026-12-05T09:00"), "s", "S", "g"));
    }
}
