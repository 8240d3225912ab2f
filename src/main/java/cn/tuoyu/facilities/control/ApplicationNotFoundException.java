package cn.tuoyu.facilities.control;

import cn.tuoyu.platform.problems.DomainException;

/** No such application or material, or not one the caller may see. */
public class ApplicationNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ApplicationNotFoundException() {
        super(404, "application-not-found", "Application not found",
                "There is no such application or material, or you may not see it.");
    }
}
