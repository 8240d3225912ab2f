package cn.tuoyu.families.entity;

import cn.tuoyu.platform.problems.DomainException;

/**
 * The child is outside the age band a class or a voucher is for, in whole months (on the day of the class, or on
 * the day the voucher is used). One problem type for every feature that admits children by age.
 */
public class ChildOutsideAgeBandException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ChildOutsideAgeBandException() {
        super(422, "child-outside-age-band", "Child outside the age band", "The child is outside the age band this "
                + "is for, in whole months on the day it is used.");
    }
}
