package cn.tuoyu.guidance.entity;

import cn.tuoyu.platform.problems.DomainException;

/** Class not started: Attendance can be recorded once the class has started. */
public class ClassNotStartedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ClassNotStartedException() {
        super(422, "class-not-started", "Class not started",
                "Attendance can be recorded once the class has started.");
    }
}
