package cn.tuoyu.facilities.entity;

import cn.tuoyu.platform.problems.DomainException;

/** The facility's standing does not allow this kind of application (e.g. a change before it is filed). */
public class ApplicationNotAllowedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ApplicationNotAllowedException(ApplicationKind kind, Standing standing) {
        super(409, "application-not-allowed", "Application not possible now",
                "A " + kind + " application is not possible while the facility's standing is " + standing + ".");
    }
}
