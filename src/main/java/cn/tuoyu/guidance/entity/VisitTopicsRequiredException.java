package cn.tuoyu.guidance.entity;

import cn.tuoyu.platform.problems.DomainException;

/** Guidance topics required: A visit recorded as done names the guidance topics covered. */
public class VisitTopicsRequiredException extends DomainException {

    private static final long serialVersionUID = 1L;

    public VisitTopicsRequiredException() {
        super(422, "visit-topics-required", "Guidance topics required",
                "A visit recorded as done names the guidance topics covered.");
    }
}
