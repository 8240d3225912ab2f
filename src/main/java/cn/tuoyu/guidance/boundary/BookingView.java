package cn.tuoyu.guidance.boundary;

import java.time.OffsetDateTime;
import java.util.UUID;

import cn.tuoyu.guidance.control.BookedSeat;
import cn.tuoyu.guidance.entity.BookingState;

/** A child's seat in a class, as the family sees it. */
public record BookingView(UUID id, UUID classId, String topic, String venue, OffsetDateTime startsAt,
        OffsetDateTime endsAt, UUID childId, BookingState state, OffsetDateTime bookedAt) {

    static BookingView of(BookedSeat b) {
        return new BookingView(b.id(), b.classId(), b.topic(), b.venue(), Times.china(b.startsAt()),
                Times.china(b.endsAt()), b.childId(), b.state(), Times.china(b.bookedAt()));
    }
}
