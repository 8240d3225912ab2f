package cn.tuoyu.families.control;

import cn.tuoyu.platform.problems.DomainException;

/** No such child among those the caller may see (another family's child looks exactly like a missing one). */
public class ChildNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ChildNotFoundException() {
        super(404, "child-not-found", "Child not found", "There is no such child, or you may not see it.");
    }
}
