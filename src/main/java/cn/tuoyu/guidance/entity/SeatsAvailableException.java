package cn.tuoyu.guidance.entity;

import cn.tuoyu.platform.problems.DomainException;

/** Seats available: This class still has free seats: book one instead of joining the waitlist. */
public class SeatsAvailableException extends DomainException {

    private static final long serialVersionUID = 1L;

    public SeatsAvailableException() {
        super(409, "seats-available", "Seats available",
                "This class still has free seats: book one instead of joining the waitlist.");
    }
}
