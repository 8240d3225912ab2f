package cn.tuoyu.hourlycare.control;

import cn.tuoyu.platform.problems.DomainException;

public class NotHourlyCareFacilityException extends DomainException {

    private static final long serialVersionUID = 1L;

    public NotHourlyCareFacilityException() {
        super(422, "not-hourly-care-facility", "No hourly care here",
                "Only a filed facility that offers hourly care (计时托) publishes hourly-care places.");
    }
}
