package cn.tuoyu.facilities.entity;

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
}
