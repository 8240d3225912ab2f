package cn.tuoyu.guidance.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * A waitlist place: WAITING, then OFFERED a freed seat for a limited time; ACCEPTED, EXPIRED or WITHDRAWN close it.
 * An open place (WAITING, OFFERED) is unique per child and class in the database; an OFFERED place holds a seat
 * that stays counted as taken.
 */
public enum WaitlistState {

    WAITING, OFFERED, ACCEPTED, EXPIRED, WITHDRAWN;

    public static final Set<WaitlistState> OPEN = EnumSet.of(WAITING, OFFERED);

    public boolean open() {
        return OPEN.contains(this);
    }

    /**
     * The state after this action, or the action's refusal when it may not happen now: {@link OfferNotOpenException}
     * (409) for accepting anything but an offer, {@link WaitlistEntryClosedException} (409) otherwise.
     */
    public WaitlistState after(WaitlistAction action) {
        WaitlistState next = next(action);
        if (next == null) {
            throw action.refused();
        }
        return next;
    }

    /** Those of the given actions that this state allows, so that a screen offers those and no others. */
    public Set<WaitlistAction> allowed(Set<WaitlistAction> among) {
        Set<WaitlistAction> allowed = EnumSet.noneOf(WaitlistAction.class);
        for (WaitlistAction action : among) {
            if (next(action) != null) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    private WaitlistState next(WaitlistAction action) {
        return switch (action) {
            case OFFER -> this == WAITING ? OFFERED : null;
            case ACCEPT -> this == OFFERED ? ACCEPTED : null;
            case EXPIRE -> open() ? EXPIRED : null;
            case WITHDRAW -> open() ? WITHDRAWN : null;
        };
    }
}
