package cn.tuoyu.facilities.control;

import cn.tuoyu.platform.problems.DomainException;

/** The district code is well-formed but not one the platform serves. */
public class UnknownDistrictException extends DomainException {
    private static final long serialVersionUID = 1L;

    public UnknownDistrictException() {
        super(422, "unknown-district", "Unknown district", "The platform does not serve this district code.");
    }
}
