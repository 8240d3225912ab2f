package cn.tuoyu.vouchers.control;

import cn.tuoyu.platform.problems.DomainException;

public class UnknownFacilityException extends DomainException {

    private static final long serialVersionUID = 1L;

    public UnknownFacilityException() {
        super(422, "unknown-facility", "Unknown facility",
                "A listed facility does not exist in your district.");
    }
}
