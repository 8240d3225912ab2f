package cn.tuoyu.vouchers.control;

import cn.tuoyu.platform.problems.DomainException;

public class FacilityNotInGoodStandingException extends DomainException {

    private static final long serialVersionUID = 1L;

    public FacilityNotInGoodStandingException() {
        super(422, "facility-not-in-good-standing", "Facility may not redeem",
                "Your facility is not filed, or its filing is suspended or revoked, so it may not redeem vouchers today.");
    }
}
