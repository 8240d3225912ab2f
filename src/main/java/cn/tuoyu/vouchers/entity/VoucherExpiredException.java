package cn.tuoyu.vouchers.entity;

import cn.tuoyu.platform.problems.DomainException;

public class VoucherExpiredException extends DomainException {

    private static final long serialVersionUID = 1L;

    public VoucherExpiredException() {
        super(422, "voucher-expired", "Voucher expired",
                "This voucher is past its validity and can no longer be used.");
    }
}
