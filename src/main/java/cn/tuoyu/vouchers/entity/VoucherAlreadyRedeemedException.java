package cn.tuoyu.vouchers.entity;

import cn.tuoyu.platform.problems.DomainException;

public class VoucherAlreadyRedeemedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public VoucherAlreadyRedeemedException() {
        super(409, "voucher-already-redeemed", "Already redeemed", "This voucher has already been redeemed.");
    }
}
