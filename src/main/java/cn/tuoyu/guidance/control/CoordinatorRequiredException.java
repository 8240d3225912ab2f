package cn.tuoyu.guidance.control;

import cn.tuoyu.platform.problems.DomainException;

/** Coordinator role required: Only a visit coordinator of the district may do this. */
public class CoordinatorRequiredException extends DomainException {

    private static final long serialVersionUID = 1L;

    public CoordinatorRequiredException() {
        super(403, "coordinator-required", "Coordinator role required",
                "Only a visit coordinator of the district may do this.");
    }
}
