package cn.tuoyu.guidance.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class BookingTest {

    static final Instant NOW = ParentClassTest.NOW;

    static Booking booked(ParentClass clazz) {
        return new Booking(UUID.randomUUID(), clazz, UUID.randomUUID(), "guardian", UUID.randomUUID(), NOW);
    }

    @Test
    void aNewBookingIsLive() {
        Booking booking = booked(ParentClassTest.published(5));
        assertEquals(BookingState.BOOKED, booking.state());
        assertEquals(NOW, booking.bookedAt());
        assertNull(booking.closedAt());
    }

    @Test
    void theFamilyCancelsALiveBookingBeforeTheCutoffOnce() {
        ParentClass clazz = ParentClassTest.published(5);
        Booking booking = booked(clazz);
        Instant before = ParentClassTest.CUTOFF.minusSeconds(1);
        booking.cancelAt(clazz, before);
        assertEquals(BookingState.CANCELLED, booking.state());
        assertEquals(before, booking.closedAt());
        var again = assertThrows(BookingNotActiveException.class, () -> booking.cancelAt(clazz, before));
        assertEquals(409, again.status());
    }

    @Test
    void pastTheCutoffTheFamilyMayNotCancelButAnErasureDoes() {
        ParentClass clazz = ParentClassTest.published(5);
        Booking booking = booked(clazz);
        assertThrows(CancellationClosedException.class, () -> booking.cancelAt(clazz, ParentClassTest.CUTOFF));
        assertEquals(BookingState.BOOKED, booking.state(), "a refused cancellation changes nothing");
        booking.cancelForErasureAt(ParentClassTest.CUTOFF);
        assertEquals(BookingState.CANCELLED, booking.state());
        assertThrows(BookingNotActiveException.class, () -> booking.cancelForErasureAt(ParentClassTest.CUTOFF));
    }

    @Test
    void aClosedBookingSaysSoBeforeTheCutoffDoes() {
        ParentClass clazz = ParentClassTest.published(5);
        Booking booking = booked(clazz);
        booking.cancelAt(clazz, NOW);
        assertThrows(BookingNotActiveException.class, () -> booking.cancelAt(clazz, ParentClassTest.CUTOFF));
    }

    @Test
    void attendanceIsRecordedOnceTheClassHasStartedAndOnlyOnce() {
        ParentClass clazz = ParentClassTest.published(5);
        Booking came = booked(clazz);
        assertThrows(ClassNotStartedException.class,
                () -> came.recordAttendanceAt(clazz, true, ParentClassTest.START.minusSeconds(1)));
        came.recordAttendanceAt(clazz, true, ParentClassTest.START);
        assertEquals(BookingState.ATTENDED, came.state());
        assertThrows(BookingNotActiveException.class,
                () -> came.recordAttendanceAt(clazz, false, ParentClassTest.START));
        Booking absent = booked(clazz);
        absent.recordAttendanceAt(clazz, false, ParentClassTest.START);
        assertEquals(BookingState.NO_SHOW, absent.state());
        assertThrows(BookingNotActiveException.class, () -> absent.cancelForErasureAt(ParentClassTest.START));
    }

    @Test
    void aBookingIsClosedOnlyFromBookedAndNeverBackToBooked() {
        for (BookingState from : BookingState.values()) {
            for (BookingState to : BookingState.values()) {
                if (from == BookingState.BOOKED && to != BookingState.BOOKED) {
                    assertEquals(to, from.closedAs(to));
                } else {
                    assertThrows(BookingNotActiveException.class, () -> from.closedAs(to), from + " -> " + to);
                }
            }
        }
    }

    @Test
    void aBookingIsOnlyActedOnWithItsOwnClass() {
        Booking booking = booked(ParentClassTest.published(5));
        assertThrows(IllegalArgumentException.class,
                () -> booking.cancelAt(ParentClassTest.published(5), NOW));
    }
}
