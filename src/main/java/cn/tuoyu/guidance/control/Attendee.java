package cn.tuoyu.guidance.control;

import java.util.Set;
import java.util.UUID;

import cn.tuoyu.guidance.entity.BookingAction;
import cn.tuoyu.guidance.entity.BookingState;

/**
 * A booking as class staff see it: the child's masked name and age, no identifiers beyond the ids; an anonymised
 * child shows only that it was (age null); with what staff may record of it at the time it was read.
 */
public record Attendee(UUID bookingId, UUID childId, String maskedName, Integer ageInMonths, BookingState state,
        boolean anonymised, Set<BookingAction> actions) {
}
