package cn.tuoyu.hourlycare.control;

import cn.tuoyu.platform.problems.DomainException;

public class SessionOverException extends DomainException {

    private static final long serialVersionUID = 1L;

    public SessionOverException() {
        super(409, "care-session-over", "Session is over",
                "Pick-up people can be named only for a session that is booked or under way.");
    }
}
