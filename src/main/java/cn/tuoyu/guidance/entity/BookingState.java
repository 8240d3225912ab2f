package cn.tuoyu.guidance.entity;

/**
 * A class booking: BOOKED (live, holding the child's reserved unit) until staff record attendance (ATTENDED,
 * NO_SHOW) or it is cancelled (CANCELLED); closed states do not change again. A cancelled booking no longer counts
 * as the child's seat, so the child may book the class again.
 */
public enum BookingState {

    BOOKED, ATTENDED, NO_SHOW, CANCELLED;

    /** The closed state after this one, or {@link BookingNotActiveException} (409) when it is closed already. */
    public BookingState closedAs(BookingState outcome) {
        if (!mayCloseAs(outcome)) {
            throw new BookingNotActiveException();
        }
        return outcome;
    }

    /** Whether {@link #closedAs} would close a booking in this state as {@code outcome}. */
    public boolean mayCloseAs(BookingState outcome) {
        return this == BOOKED && outcome != BOOKED;
    }
}
