package cn.tuoyu.vouchers.control;

import cn.tuoyu.platform.problems.DomainException;

public class RedemptionNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public RedemptionNotFoundException() {
        super(404, "redemption-not-found", "No such redemption", "There is no such redemption at your facility.");
    }
}
