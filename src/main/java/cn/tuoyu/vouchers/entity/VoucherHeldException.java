package cn.tuoyu.vouchers.entity;

import cn.tuoyu.platform.problems.DomainException;

public class VoucherHeldException extends DomainException {

    private static final long serialVersionUID = 1L;

    public VoucherHeldException() {
        super(409, "voucher-held", "Held for a booked session",
                "This voucher is held for a booked hourly-care session: it is used at that session's check-in.");
    }
}
