package cn.tuoyu.vouchers.entity;

import cn.tuoyu.platform.problems.DomainException;

public class RedemptionAlreadyVoidedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public RedemptionAlreadyVoidedException() {
        super(409, "redemption-already-voided", "Already voided", "This redemption has already been voided.");
    }
}
