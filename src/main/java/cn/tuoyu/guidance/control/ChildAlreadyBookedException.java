package cn.tuoyu.guidance.control;

import cn.tuoyu.platform.problems.DomainException;

/** Child already booked: This child already has a seat in this class. */
public class ChildAlreadyBookedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ChildAlreadyBookedException() {
        super(409, "child-already-booked", "Child already booked",
                "This child already has a seat in this class.");
    }
}
