package cn.tuoyu.hourlycare.control;

import cn.tuoyu.platform.problems.DomainException;

public class CareSessionNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public CareSessionNotFoundException() {
        super(404, "care-session-not-found", "No such session",
                "There is no such hourly-care session, or you may not see it.");
    }
}
