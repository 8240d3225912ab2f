package cn.tuoyu.hourlycare.control;

import cn.tuoyu.platform.problems.DomainException;

public class VoucherRequiredException extends DomainException {

    private static final long serialVersionUID = 1L;

    public VoucherRequiredException() {
        super(422, "care-voucher-required", "A voucher is needed",
                "In this district an hourly-care session is paid with an experience voucher: choose one of the child's vouchers.");
    }
}
