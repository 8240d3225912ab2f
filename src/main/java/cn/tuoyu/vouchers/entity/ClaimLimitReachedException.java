package cn.tuoyu.vouchers.entity;

import cn.tuoyu.platform.problems.DomainException;

public class ClaimLimitReachedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ClaimLimitReachedException() {
        super(409, "claim-limit-reached", "Limit reached",
                "This child already holds as many vouchers of this batch as one child may claim.");
    }
}
