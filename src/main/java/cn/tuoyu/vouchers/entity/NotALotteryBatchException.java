package cn.tuoyu.vouchers.entity;

import cn.tuoyu.platform.problems.DomainException;

public class NotALotteryBatchException extends DomainException {

    private static final long serialVersionUID = 1L;

    public NotALotteryBatchException() {
        super(422, "not-a-lottery-batch", "Not a lottery batch",
                "This batch is first come, first served: claim a voucher instead of applying.");
    }
}
