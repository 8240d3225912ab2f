package cn.tuoyu.facilities.control;

import cn.tuoyu.platform.problems.DomainException;

/** Health staff may only maintain their own district's figures. */
public class AnotherDistrictException extends DomainException {
    private static final long serialVersionUID = 1L;

    public AnotherDistrictException() {
        super(403, "another-district", "Another district", "You may only change your own district's figures.");
    }
}
