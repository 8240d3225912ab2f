package cn.tuoyu.guidance.entity;

import java.time.Instant;
import java.util.UUID;

/** A child's seat in a parent class, as its family sees it. */
public record Booking(UUID id, UUID classId, String topic, String venue, Instant startsAt, Instant endsAt, UUID childId,
        BookingState state, Instant bookedAt) {
}
