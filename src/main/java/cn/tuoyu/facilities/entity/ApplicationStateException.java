package cn.tuoyu.facilities.entity;

import cn.tuoyu.platform.problems.DomainException;

/** The application is not in the state the operation needs: already submitted, or already decided. */
public class ApplicationStateException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ApplicationStateException(ApplicationStatus status, String operation) {
        super(409, status == ApplicationStatus.APPROVED || status == ApplicationStatus.REFUSED
                ? "application-already-decided"
                : "application-state",
                status == ApplicationStatus.APPROVED || status == ApplicationStatus.REFUSED
                        ? "Application already decided"
                        : "Application not in the right state",
                "The application is " + status + "; it cannot be " + operation + ".");
    }
}
