package cn.tuoyu.guidance.entity;

import cn.tuoyu.platform.problems.DomainException;

/** Visit time in the past: A visit time or preferred window must lie in the future. */
public class VisitTimeInPastException extends DomainException {

    private static final long serialVersionUID = 1L;

    public VisitTimeInPastException() {
        super(422, "visit-time-in-past", "Visit time in the past",
                "A visit time or preferred window must lie in the future.");
    }
}
