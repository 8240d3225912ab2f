package cn.tuoyu.guidance.entity;

import cn.tuoyu.platform.problems.DomainException;

/** Invalid time window: Each window must end after it starts. */
public class VisitWindowInvalidException extends DomainException {

    private static final long serialVersionUID = 1L;

    public VisitWindowInvalidException() {
        super(422, "visit-window-invalid", "Invalid time window",
                "Each window must end after it starts.");
    }
}
