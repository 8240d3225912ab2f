package cn.tuoyu.hourlycare.entity;

import java.util.Set;

/**
 * Where a session is: BOOKED (a place and a voucher or entitlement unit held), then CHECKED_IN at drop-off and
 * CHECKED_OUT at pick-up; or CANCELLED by the parent, NO_SHOW when nobody came, CLOSED when nobody checked the child
 * out by closing time (closed at closing and flagged for review).
 */
public enum SessionState {

    BOOKED, CHECKED_IN, CHECKED_OUT, CANCELLED, NO_SHOW, CLOSED;

    /** The states this one may move to. */
    public Set<SessionState> next() {
        return switch (this) {
            case BOOKED -> Set.of(CHECKED_IN, CANCELLED, NO_SHOW);
            case CHECKED_IN -> Set.of(CHECKED_OUT, CLOSED);
            case CHECKED_OUT, CANCELLED, NO_SHOW, CLOSED -> Set.of();
        };
    }

    /** Whether the session still holds its child's time (the database's one-at-a-time rule counts only these). */
    public boolean holdsTime() {
        return this == BOOKED || this == CHECKED_IN;
    }

    /** Throws 409 unless this state may move to {@code target}. */
    public SessionState to(SessionState target) {
        if (!next().contains(target)) {
            throw new SessionStateException(this, target);
        }
        return target;
    }
}
