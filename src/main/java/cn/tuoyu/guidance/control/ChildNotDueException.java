package cn.tuoyu.guidance.control;

import cn.tuoyu.platform.problems.DomainException;

/** Child has no unused guidance: This child has no guidance session left to visit for. */
public class ChildNotDueException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ChildNotDueException() {
        super(422, "child-not-due", "Child has no unused guidance",
                "This child has no guidance session left to visit for.");
    }
}
