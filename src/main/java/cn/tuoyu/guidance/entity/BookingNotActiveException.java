package cn.tuoyu.guidance.entity;

import cn.tuoyu.platform.problems.DomainException;

/** Booking no longer active: The booking was already cancelled or its attendance recorded. */
public class BookingNotActiveException extends DomainException {

    private static final long serialVersionUID = 1L;

    public BookingNotActiveException() {
        super(409, "booking-not-active", "Booking no longer active",
                "The booking was already cancelled or its attendance recorded.");
    }
}
