package cn.tuoyu.vouchers.entity;

/** How the counter read the voucher: the camera's decoded text, a photo decoded by the server, or the manual code. */
public enum RedemptionMethod {
    SCAN, PHOTO, MANUAL
}
