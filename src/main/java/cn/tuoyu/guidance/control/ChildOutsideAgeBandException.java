package cn.tuoyu.guidance.control;

import cn.tuoyu.platform.problems.DomainException;

/** Child outside the class's age band (in whole months on the day of the class). */
public class ChildOutsideAgeBandException extends DomainException {
    private static final long serialVersionUID = 1L;

    public ChildOutsideAgeBandException() {
        super(422, "child-outside-age-band", "Child outside the class's age band",
                "The class is for children of another age band (in whole months on the day of the class).");
    }
}
