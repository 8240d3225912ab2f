package cn.tuoyu.guidance.entity;

import cn.tuoyu.platform.problems.DomainException;

/** Bookings closed: The booking cutoff of this class has passed. */
public class BookingClosedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public BookingClosedException() {
        super(422, "booking-closed", "Bookings closed",
                "The booking cutoff of this class has passed.");
    }
}
