package cn.tuoyu.districts.control;

import cn.tuoyu.platform.problems.DomainException;

/** No district with that code. */
public class DistrictNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public DistrictNotFoundException() {
        super(404, "district-not-found", "District not found", "There is no district with this code.");
    }
}
