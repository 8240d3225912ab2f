package cn.tuoyu.hourlycare.control;

import cn.tuoyu.platform.problems.DomainException;

public class ScheduleNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ScheduleNotFoundException() {
        super(404, "care-schedule-not-found", "No hourly-care schedule",
                "This facility has not published hourly-care places.");
    }
}
