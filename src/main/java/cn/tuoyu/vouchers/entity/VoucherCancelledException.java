package cn.tuoyu.vouchers.entity;

import cn.tuoyu.platform.problems.DomainException;

/** The voucher was cancelled unused when its child's data was erased (consent withdrawn). */
public class VoucherCancelledException extends DomainException {

    private static final long serialVersionUID = 1L;

    public VoucherCancelledException() {
        super(422, "voucher-cancelled", "Voucher cancelled",
                "This voucher was cancelled when consent to the children's data was withdrawn.");
    }
}
