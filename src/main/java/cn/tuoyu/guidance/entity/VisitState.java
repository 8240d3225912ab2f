package cn.tuoyu.guidance.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a home visit stands on the district's roster. DUE is not stored: it is a child with unused guidance
 * entitlement and no open visit (the due list). Open states hold the child's reserved unit; DONE consumes it, MISSED
 * and CANCELLED give it back.
 */
public enum VisitState {

    DUE, REQUESTED, ASSIGNED, SCHEDULED, DONE, MISSED, CANCELLED;

    public static final Set<VisitState> OPEN = EnumSet.of(REQUESTED, ASSIGNED, SCHEDULED);

    public boolean open() {
        return OPEN.contains(this);
    }

    /** The state after this action, or {@link IllegalVisitTransitionException} (409) when it may not happen now. */
    public VisitState after(VisitAction action) {
        VisitState next = next(action);
        if (next == null) {
            throw new IllegalVisitTransitionException(this, action);
        }
        return next;
    }

    /** Those of the given actions that may happen in this state, so that a screen offers those and no others. */
    public Set<VisitAction> allowed(Set<VisitAction> among) {
        Set<VisitAction> allowed = EnumSet.noneOf(VisitAction.class);
        for (VisitAction action : among) {
            if (next(action) != null) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    private VisitState next(VisitAction action) {
        return switch (action) {
            case REQUEST -> this == DUE ? REQUESTED : null;
            case OPEN_FOR_DUE -> this == DUE ? ASSIGNED : null;
            case ASSIGN -> switch (this) {
                case REQUESTED, ASSIGNED -> ASSIGNED;
                case SCHEDULED -> SCHEDULED;
                default -> null;
            };
            case SCHEDULE -> this == ASSIGNED || this == SCHEDULED ? SCHEDULED : null;
            case CONFIRM, ASK_RESCHEDULE -> this == SCHEDULED ? SCHEDULED : null;
            case RECORD_DONE -> this == ASSIGNED || this == SCHEDULED ? DONE : null;
            case RECORD_ABSENT, RECORD_DECLINED -> this == ASSIGNED || this == SCHEDULED ? MISSED : null;
            case CANCEL -> open() ? CANCELLED : null;
        };
    }
}
