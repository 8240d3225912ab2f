package cn.tuoyu.guidance.entity;

import java.util.EnumSet;
import java.util.Set;

import cn.tuoyu.platform.problems.DomainException;

/** What can happen to a place on a class's waitlist, by its family or by the app as seats free and offers run out. */
public enum WaitlistAction {

    /** a freed seat is offered to the first place waiting */
    OFFER,
    /** the family takes the offered seat */
    ACCEPT,
    /** the offer's hold ran out, or the class stopped taking bookings */
    EXPIRE,
    /** the family leaves the waitlist (or the child's data is erased) */
    WITHDRAW;

    /**
     * What the family does to its own place: accept an offer; withdraw, which leaves the waitlist while waiting and
     * declines an open offer (one transition, one request).
     */
    public static final Set<WaitlistAction> FAMILY = EnumSet.of(ACCEPT, WITHDRAW);

    /** The problem answered when the place's state does not allow this action. */
    DomainException refused() {
        return this == ACCEPT ? new OfferNotOpenException() : new WaitlistEntryClosedException();
    }
}
