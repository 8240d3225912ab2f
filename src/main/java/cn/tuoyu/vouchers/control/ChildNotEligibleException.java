package cn.tuoyu.vouchers.control;

import cn.tuoyu.platform.problems.DomainException;

public class ChildNotEligibleException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ChildNotEligibleException() {
        super(422, "child-not-eligible", "Child not eligible",
                "This batch is for children of another district or another age band.");
    }
}
