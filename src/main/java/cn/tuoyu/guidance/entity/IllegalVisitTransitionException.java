package cn.tuoyu.guidance.entity;

import cn.tuoyu.platform.problems.DomainException;

/** The visit is not in a state where this may happen (e.g. an outcome for a cancelled visit). */
public class IllegalVisitTransitionException extends DomainException {

    private static final long serialVersionUID = 1L;

    public IllegalVisitTransitionException(VisitState from, VisitAction action) {
        super(409, "visit-state-conflict", "Not possible in the visit's current state",
                "A visit that is " + from + " does not allow " + action + ". Reload the visit and try again.");
    }
}
