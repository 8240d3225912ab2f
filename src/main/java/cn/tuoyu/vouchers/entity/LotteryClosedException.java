package cn.tuoyu.vouchers.entity;

import cn.tuoyu.platform.problems.DomainException;

public class LotteryClosedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public LotteryClosedException() {
        super(422, "lottery-closed", "Applications closed",
                "This batch does not take applications now (not published, or outside its application window).");
    }
}
