package cn.tuoyu.entitlements.control;

import cn.tuoyu.platform.problems.DomainException;

/** No rule of the child's district grants this service at the child's age today. */
public class NotEntitledException extends DomainException {

    private static final long serialVersionUID = 1L;

    public NotEntitledException() {
        super(422, "not-entitled", "Not entitled",
                "At its age today the child is not entitled to this service in its district.");
    }
}
