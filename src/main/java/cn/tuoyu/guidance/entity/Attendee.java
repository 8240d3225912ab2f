package cn.tuoyu.guidance.entity;

import java.util.UUID;

/**
 * A booking as class staff see it: the child's masked name and age, no identifiers beyond the ids; an anonymised
 * child shows only that it was (age null).
 */
public record Attendee(UUID bookingId, UUID childId, String maskedName, Integer ageInMonths, BookingState state,
        boolean anonymised) {
}
