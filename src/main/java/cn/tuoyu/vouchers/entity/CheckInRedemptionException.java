package cn.tuoyu.vouchers.entity;

import cn.tuoyu.platform.problems.DomainException;

/** A redemption that paid an hourly-care session at check-in is settled at check-out, not voided at the counter. */
public class CheckInRedemptionException extends DomainException {

    private static final long serialVersionUID = 1L;

    public CheckInRedemptionException() {
        super(409, "check-in-redemption", "Redeemed at a check-in",
                "This voucher paid an hourly-care session when the child was checked in; it is settled at check-out "
                        + "and cannot be voided here.");
    }
}
