package cn.tuoyu.guidance.entity;

import java.util.UUID;

/** A booking as class staff see it: the child's masked name and age, no identifiers beyond the ids. */
public record Attendee(UUID bookingId, UUID childId, String maskedName, int ageInMonths, BookingState state) {
}
