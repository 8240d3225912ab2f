package cn.tuoyu.vouchers.entity;

/**
 * A claimed voucher is redeemed once (a void puts it back to claimed), expires unused, or is cancelled unused when
 * its child's data is erased on withdrawal of consent. A claimed voucher may be held for a booked hourly-care session
 * (HELD): check-in redeems it, a cancellation gives it back, a no-show under a consuming rule cancels it.
 */
public enum VoucherState {

    CLAIMED, HELD, REDEEMED, EXPIRED, CANCELLED;

    /**
     * Claimed and not yet redeemed, expired or cancelled: its holder may show its code (until it is valid no more,
     * {@link Voucher#checkUsableAt}), and erasing its child would cancel it.
     */
    public boolean usable() {
        return this == CLAIMED;
    }
}
