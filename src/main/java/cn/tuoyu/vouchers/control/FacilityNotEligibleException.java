package cn.tuoyu.vouchers.control;

import cn.tuoyu.platform.problems.DomainException;

public class FacilityNotEligibleException extends DomainException {

    private static final long serialVersionUID = 1L;

    public FacilityNotEligibleException() {
        super(422, "facility-not-eligible", "Not accepted here",
                "This voucher's batch cannot be redeemed at your facility.");
    }
}
