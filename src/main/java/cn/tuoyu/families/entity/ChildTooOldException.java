package cn.tuoyu.families.entity;

import cn.tuoyu.platform.problems.DomainException;

/** The platform serves children aged 0 to 36 months. */
public class ChildTooOldException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ChildTooOldException() {
        super(422, "child-too-old", "Child too old", "birthDate: only children aged 0 to 36 months can be registered.");
    }
}
