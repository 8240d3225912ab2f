package cn.tuoyu.hourlycare.entity;

import cn.tuoyu.platform.problems.DomainException;

public class NotCheckInTimeException extends DomainException {

    private static final long serialVersionUID = 1L;

    public NotCheckInTimeException() {
        super(422, "care-not-check-in-time", "Not the time for check-in",
                "A child is checked in from an hour before the booked slot until its end.");
    }
}
