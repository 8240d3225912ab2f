package cn.tuoyu.entitlements.entity;

import cn.tuoyu.platform.problems.DomainException;

/** The reservation was already consumed or released. */
public class ReservationNotActiveException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ReservationNotActiveException() {
        super(409, "reservation-not-active", "Reservation no longer active",
                "This reservation has already been used or released.");
    }
}
