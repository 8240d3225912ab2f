package cn.tuoyu.guidance.entity;

import java.util.EnumSet;
import java.util.Set;

/** What may be done to a live booking: its family cancels it, or the class's staff record whether the child came. */
public enum BookingAction {

    /** the family cancels, before the class's cutoff */
    CANCEL(BookingState.CANCELLED),
    /** staff record that the child came, once the class has started */
    ATTENDED(BookingState.ATTENDED),
    /** staff record that the child did not come, once the class has started */
    NO_SHOW(BookingState.NO_SHOW);

    /** What the family does to its own booking. */
    public static final Set<BookingAction> FAMILY = EnumSet.of(CANCEL);

    /** What the class's staff record on the attendee list. */
    public static final Set<BookingAction> STAFF = EnumSet.of(ATTENDED, NO_SHOW);

    private final BookingState outcome;

    BookingAction(BookingState outcome) {
        this.outcome = outcome;
    }

    /** The state the booking is closed as. */
    public BookingState outcome() {
        return outcome;
    }
}
