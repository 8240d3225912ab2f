package cn.tuoyu.hourlycare.entity;

import cn.tuoyu.platform.problems.DomainException;

public class SessionStateException extends DomainException {

    private static final long serialVersionUID = 1L;

    public SessionStateException(SessionState from, SessionState to) {
        super(409, "care-session-state", "Not possible now",
                "The session is " + from + " and cannot become " + to + ".");
    }
}
