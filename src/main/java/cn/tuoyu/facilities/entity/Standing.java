package cn.tuoyu.facilities.entity;

import java.util.EnumSet;
import java.util.Set;

/** Where a facility stands with the health commission. Only {@link #FILED} may redeem vouchers. */
public enum Standing {

    NOT_FILED, FILED, SUSPENDED, REVOKED, DEREGISTERED;

    public static final String PATTERN = "NOT_FILED|FILED|SUSPENDED|REVOKED|DEREGISTERED";

    public boolean inGoodStanding() {
        return this == FILED;
    }

    /** The applications a facility in this standing may open: a filing before it is filed, then changes. */
    public Set<ApplicationKind> applications() {
        return switch (this) {
            case NOT_FILED -> EnumSet.of(ApplicationKind.FILING);
            case FILED, SUSPENDED -> EnumSet.of(ApplicationKind.CHANGE, ApplicationKind.DEREGISTRATION);
            case REVOKED, DEREGISTERED -> EnumSet.noneOf(ApplicationKind.class);
        };
    }

    /** Whether the record's reviewed fields change only through an application: from filing on. */
    public boolean changesNeedReview() {
        return this != NOT_FILED;
    }

    /**
     * What health staff may do to this standing outside an application: FILED ⇄ SUSPENDED, either → REVOKED. A
     * screen offers exactly these; {@link Facility} refuses any other.
     */
    public Set<StandingAction> actions() {
        return switch (this) {
            case FILED -> EnumSet.of(StandingAction.SUSPEND, StandingAction.REVOKE);
            case SUSPENDED -> EnumSet.of(StandingAction.REINSTATE, StandingAction.REVOKE);
            case NOT_FILED, REVOKED, DEREGISTERED -> EnumSet.noneOf(StandingAction.class);
        };
    }
}
