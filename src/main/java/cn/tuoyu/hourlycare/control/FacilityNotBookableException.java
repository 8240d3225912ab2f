package cn.tuoyu.hourlycare.control;

import cn.tuoyu.platform.problems.DomainException;

public class FacilityNotBookableException extends DomainException {

    private static final long serialVersionUID = 1L;

    public FacilityNotBookableException() {
        super(422, "facility-not-bookable", "Not taking hourly-care bookings",
                "This facility does not offer hourly care, or is not filed and in good standing.");
    }
}
