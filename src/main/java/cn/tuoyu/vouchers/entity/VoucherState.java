package cn.tuoyu.vouchers.entity;

/** A claimed voucher is redeemed once (a void puts it back to claimed) or expires unused. */
public enum VoucherState {
    CLAIMED, REDEEMED, EXPIRED
}
