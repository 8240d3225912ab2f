package cn.tuoyu.guidance.control;

import cn.tuoyu.platform.problems.DomainException;

/** Class not found: There is no such parent class, or you may not see it. */
public class ClassNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ClassNotFoundException() {
        super(404, "class-not-found", "Class not found",
                "There is no such parent class, or you may not see it.");
    }
}
