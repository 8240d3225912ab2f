package cn.tuoyu.districts.control;

import cn.tuoyu.platform.problems.DomainException;

/** Health staff act for their own district only. */
public class OtherDistrictException extends DomainException {
    private static final long serialVersionUID = 1L;

    public OtherDistrictException() {
        super(403, "other-district", "Another district", "You may change only the district your account is bound to.");
    }
}
