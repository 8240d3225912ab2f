package cn.tuoyu.facilities.control;

import cn.tuoyu.platform.problems.DomainException;

/** No such facility, or not one the caller may see. */
public class FacilityNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public FacilityNotFoundException() {
        super(404, "facility-not-found", "Facility not found", "There is no such facility, or you may not see it.");
    }
}
