package cn.tuoyu.guidance.entity;

import java.time.Instant;
import java.util.UUID;

/** A child's place on a class's waitlist; position counts from 1 while waiting, else 0. */
public record WaitlistEntry(UUID id, UUID classId, String topic, Instant startsAt, UUID childId, WaitlistState state,
        int position, Instant offerExpiresAt, UUID bookingId) {
}
