package cn.tuoyu.vouchers.entity;

/**
 * A claimed voucher is redeemed once (a void puts it back to claimed), expires unused, or is cancelled unused when
 * its child's data is erased on withdrawal of consent.
 */
public enum VoucherState {
    CLAIMED, REDEEMED, EXPIRED, CANCELLED
}
