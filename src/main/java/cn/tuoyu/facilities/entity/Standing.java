package cn.tuoyu.facilities.entity;

import java.util.EnumSet;
import java.util.Set;

/** Where a facility stands with the health commission. Only {@link #FILED} may redeem vouchers. */
public enum Standing {
    NOT_FILED,
    FILED,
    SUSPENDED,
    REVOKED,
    DEREGISTERED;

    public static final String PATTERN = "NOT_FILED|FILED|SUSPENDED|REVOKED|DEREGISTERED";

    public boolean inGoodStanding() {
        return this == FILED;
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
