package cn.tuoyu.guidance.control;

import java.time.Instant;
import java.util.UUID;

import cn.tuoyu.guidance.entity.Booking;
import cn.tuoyu.guidance.entity.BookingState;
import cn.tuoyu.guidance.entity.ParentClass;

/** A child's seat in a parent class, as its family sees it (also in the family's calendar). */
public record BookedSeat(UUID id, UUID classId, String topic, String venue, Instant startsAt, Instant endsAt,
        UUID childId, BookingState state, Instant bookedAt) {

    static BookedSeat of(Booking booking, ParentClass clazz) {
        return new BookedSeat(booking.id(), clazz.id(), clazz.topic(), clazz.venue(), clazz.startsAt(),
                clazz.endsAt(), booking.childId(), booking.state(), booking.bookedAt());
    }
}
