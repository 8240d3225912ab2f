package cn.tuoyu.vouchers.entity;

import cn.tuoyu.platform.problems.DomainException;

public class ApplicationNotWithdrawableException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ApplicationNotWithdrawableException() {
        super(409, "lottery-application-not-withdrawable", "Cannot withdraw",
                "Only an application not yet drawn can be withdrawn, before the draw.");
    }
}
