package cn.tuoyu.entitlements.control;

import cn.tuoyu.platform.problems.DomainException;

/** No ledger entry with that id. */
public class ReservationNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ReservationNotFoundException() {
        super(404, "reservation-not-found", "Reservation not found", "There is no such reservation.");
    }
}
