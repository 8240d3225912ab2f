package cn.tuoyu.hourlycare.entity;

import java.util.List;

import cn.tuoyu.platform.problems.DomainException;
import cn.tuoyu.platform.problems.Problem;

public class InvalidScheduleException extends DomainException {

    private static final long serialVersionUID = 1L;

    public InvalidScheduleException(String field) {
        super(400, "invalid-care-schedule", "Schedule does not add up",
                "The hourly-care schedule is inconsistent: check the field named.",
                List.of(new Problem.FieldError(field, "inconsistent")));
    }
}
