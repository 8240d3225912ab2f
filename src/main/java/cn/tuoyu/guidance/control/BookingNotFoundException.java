package cn.tuoyu.guidance.control;

import cn.tuoyu.platform.problems.DomainException;

/** Booking not found: There is no such booking, or you may not see it. */
public class BookingNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public BookingNotFoundException() {
        super(404, "booking-not-found", "Booking not found",
                "There is no such booking, or you may not see it.");
    }
}
