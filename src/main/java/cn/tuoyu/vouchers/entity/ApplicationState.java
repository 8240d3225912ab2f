package cn.tuoyu.vouchers.entity;

/**
 * A lottery application's life: APPLIED (in the window) → WITHDRAWN (by a guardian, before the draw) or, at the draw,
 * OFFERED (within the first places, or later when a place passes down) or WAITING (drawn, no place yet); an offer
 * becomes CLAIMED (a voucher) or OFFER_EXPIRED (its deadline passed; it never comes back).
 */
public enum ApplicationState {

    APPLIED, WITHDRAWN, WAITING, OFFERED, CLAIMED, OFFER_EXPIRED;

    /** Whether the application still holds its child's place in the batch (anything but WITHDRAWN). */
    public boolean live() {
        return this != WITHDRAWN;
    }
}
