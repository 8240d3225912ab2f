package cn.tuoyu.vouchers.entity;

import cn.tuoyu.platform.problems.DomainException;

public class NoLotteryOfferException extends DomainException {

    private static final long serialVersionUID = 1L;

    public NoLotteryOfferException() {
        super(422, "no-lottery-offer", "No offer for this child",
                "This batch is allocated by a draw: only a child whose application was offered a place, before the offer's deadline, may claim.");
    }
}
