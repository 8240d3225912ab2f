package cn.tuoyu.guidance.control;

import java.util.UUID;

import cn.tuoyu.guidance.entity.BookingState;

/**
 * A booking as class staff see it: the child's masked name and age, no identifiers beyond the ids; an anonymised
 * child shows only that it was (age null).
 */
public record Attendee(UUID bookingId, UUID childId, String maskedName, Integer ageInMonths, BookingState state,
        boolean anonymised) {
}
