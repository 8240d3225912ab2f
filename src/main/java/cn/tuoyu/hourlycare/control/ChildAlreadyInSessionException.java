package cn.tuoyu.hourlycare.control;

import cn.tuoyu.platform.problems.DomainException;

public class ChildAlreadyInSessionException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ChildAlreadyInSessionException() {
        super(409, "child-already-in-session", "Already booked then", "The child already has a session at that time.");
    }
}
