package cn.tuoyu.vouchers.control;

import cn.tuoyu.platform.problems.DomainException;

public class ChildOutsideAgeBandException extends DomainException {
    private static final long serialVersionUID = 1L;

    public ChildOutsideAgeBandException() {
        super(422, "child-outside-age-band", "Child outside the age band", "The child is no longer in the age band this voucher is for.");
    }
}
