package cn.tuoyu.guidance.control;

import cn.tuoyu.platform.problems.DomainException;

/** Visit not found: There is no such home visit, or you may not see it. */
public class VisitNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public VisitNotFoundException() {
        super(404, "visit-not-found", "Visit not found",
                "There is no such home visit, or you may not see it.");
    }
}
