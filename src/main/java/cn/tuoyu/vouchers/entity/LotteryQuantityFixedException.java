package cn.tuoyu.vouchers.entity;

import cn.tuoyu.platform.problems.DomainException;

public class LotteryQuantityFixedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public LotteryQuantityFixedException() {
        super(409, "lottery-quantity-fixed", "Quantity fixed",
                "The quantity of a published lottery batch cannot change: the draw offers exactly that many places.");
    }
}
