package cn.tuoyu.entitlements.entity;

/** Why a unit was taken (reserved or consumed) or given back (released). */
public enum LedgerReason {

    CLASS_BOOKING(true), HOME_VISIT(true), VOUCHER(true), ATTENDANCE(true),
    /** An hourly-care session paid with the entitlement itself (no voucher), where the district's rule allows it. */
    HOURLY_CARE(true),
    /** A no-show may count as used (consumed) or free the seat (released), as the calling feature's rule says. */
    NO_SHOW(true), CANCELLATION(false), EXPIRY(false);

    private final boolean takes;

    LedgerReason(boolean takes) {
        this.takes = takes;
    }

    /** Whether this reason can take a unit (reserve or consume). */
    public boolean takes() {
        return takes;
    }

    /** Whether this reason can give a reserved unit back. */
    public boolean releases() {
        return !takes || this == NO_SHOW;
    }
}
