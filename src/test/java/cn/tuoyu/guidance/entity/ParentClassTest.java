package cn.tuoyu.guidance.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.tuoyu.families.entity.ChildOutsideAgeBandException;
import cn.tuoyu.families.entity.GuardedChild;

class ParentClassTest {

    static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    /** 2026-12-05 09:30 in China */
    static final Instant START = Instant.parse("2026-12-05T01:30:00Z");
    static final Instant CUTOFF = Instant.parse("2026-12-04T12:00:00Z");

    static ParentClass published(int capacity) {
        return new ParentClass("320614", "staff", new ClassPlan("辅食添加", "社区中心", START,
                START.plus(Duration.ofMinutes(90)), CUTOFF, capacity, 0, 12), NOW);
    }

    static GuardedChild child(String district, LocalDate born) {
        return new GuardedChild(UUID.randomUUID(), "王*", born, district);
    }

    @Test
    void aPublishedClassKeepsItsPlanAndHasEverySeatFree() {
        ParentClass clazz = published(12);
        assertNotNull(clazz.id());
        assertEquals("320614", clazz.districtCode());
        assertEquals(CUTOFF, clazz.bookingCutoff());
        assertEquals(12, clazz.seatsLeft());
        assertTrue(clazz.of("320614"));
        assertFalse(clazz.of("420303"));
    }

    @Test
    void aClassInThePastIsNotPublishedAndTheCutoffDefaultsToTheStart() {
        var plan = new ClassPlan("t", "v", NOW, NOW.plusSeconds(3600), null, 5, 0, 12);
        var e = assertThrows(ClassPlan.InvalidClassPlanException.class, () -> new ParentClass("320614", "s", plan,
                NOW));
        assertEquals("class-in-past", e.slug());
        ParentClass later = new ParentClass("320614", "s", new ClassPlan("t", "v", START, START.plusSeconds(3600),
                null, 5, 0, 12), NOW);
        assertEquals(START, later.bookingCutoff());
    }

    @Test
    void aChildIsAdmittedBeforeTheCutoffFromTheDistrictInsideTheBandOnTheClassDay() {
        ParentClass clazz = published(12);
        // on the class day (2026-12-05 in China): born 2025-12-05 is twelve months old, born 2025-11-05 thirteen
        GuardedChild twelve = child("320614", LocalDate.of(2025, 12, 5));
        clazz.checkAdmits(twelve, NOW);
        clazz.checkAdmits(child("320614", LocalDate.of(2026, 12, 4)), NOW);
        assertThrows(ChildOutsideAgeBandException.class,
                () -> clazz.checkAdmits(child("320614", LocalDate.of(2025, 11, 5)), NOW), "13 months on the day");
        clazz.checkAdmits(child("320614", LocalDate.of(2025, 11, 6)), NOW);
        assertThrows(ClassInOtherDistrictException.class,
                () -> clazz.checkAdmits(child("420303", LocalDate.of(2026, 6, 1)), NOW));
        assertThrows(BookingClosedException.class, () -> clazz.checkAdmits(twelve, CUTOFF));
        assertThrows(BookingClosedException.class, () -> clazz.checkAdmits(child("420303", LocalDate.of(2020, 1, 1)),
                CUTOFF), "a closed class says so first");
        clazz.checkAdmits(twelve, CUTOFF.minusMillis(1));
    }

    @Test
    void aFullClassRefusesBookingsAndOnlyAFullOneTakesAWaitlist() {
        ParentClass clazz = published(2);
        assertThrows(SeatsAvailableException.class, clazz::checkFull);
        clazz.seatTaken();
        clazz.checkSeatLeft();
        clazz.seatTaken();
        assertEquals(0, clazz.seatsLeft());
        var full = assertThrows(ClassFullException.class, clazz::checkSeatLeft);
        assertEquals(409, full.status());
        clazz.checkFull();
        clazz.seatGivenBack();
        assertEquals(1, clazz.seatsLeft());
    }

    @Test
    void familiesCancelBeforeTheCutoffAndStaffRecordAttendanceFromTheStart() {
        ParentClass clazz = published(2);
        clazz.checkCancellableAt(CUTOFF.minusMillis(1));
        assertEquals("cancellation-closed",
                assertThrows(CancellationClosedException.class, () -> clazz.checkCancellableAt(CUTOFF)).slug());
        assertThrows(ClassNotStartedException.class, () -> clazz.checkStartedAt(START.minusMillis(1)));
        clazz.checkStartedAt(START);
    }

    @Test
    void anOfferHoldsTheSeatForTheDistrictsHoursButNeverPastTheCutoff() {
        ParentClass clazz = published(2);
        assertEquals(NOW.plus(Duration.ofHours(12)), clazz.offerExpiry(NOW, Duration.ofHours(12)));
        Instant late = CUTOFF.minus(Duration.ofHours(2));
        assertEquals(CUTOFF, clazz.offerExpiry(late, Duration.ofHours(12)));
    }
}
