package cn.tuoyu.facilities.control;

import cn.tuoyu.platform.problems.DomainException;

/** A facility has at most one application in progress (draft or pending); the database enforces it too. */
public class ApplicationInProgressException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ApplicationInProgressException() {
        super(409, "application-in-progress", "Application in progress",
                "This facility already has an application in progress; finish or await it first.");
    }
}
