package cn.tuoyu.vouchers.control;

import cn.tuoyu.platform.problems.DomainException;

public class VoucherNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public VoucherNotFoundException() {
        super(404, "voucher-not-found", "No such voucher", "There is no such voucher, or you may not see it.");
    }
}
