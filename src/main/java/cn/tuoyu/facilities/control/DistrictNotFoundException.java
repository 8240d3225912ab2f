package cn.tuoyu.facilities.control;

import cn.tuoyu.platform.problems.DomainException;

/** No district with this code. */
public class DistrictNotFoundException extends DomainException {
    private static final long serialVersionUID = 1L;

    public DistrictNotFoundException() {
        super(404, "district-not-found", "District not found", "The platform does not serve this district code.");
    }
}
