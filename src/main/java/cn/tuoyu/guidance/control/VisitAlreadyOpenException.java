package cn.tuoyu.guidance.control;

import cn.tuoyu.platform.problems.DomainException;

/** Visit already open: This child already has a home visit that is requested, assigned or scheduled. */
public class VisitAlreadyOpenException extends DomainException {

    private static final long serialVersionUID = 1L;

    public VisitAlreadyOpenException() {
        super(409, "visit-already-open", "Visit already open",
                "This child already has a home visit that is requested, assigned or scheduled.");
    }
}
