package cn.tuoyu.vouchers.control;

import cn.tuoyu.platform.problems.DomainException;

public class LotteryApplicationNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public LotteryApplicationNotFoundException() {
        super(404, "lottery-application-not-found", "No application",
                "This child has no application for this batch's draw.");
    }
}
