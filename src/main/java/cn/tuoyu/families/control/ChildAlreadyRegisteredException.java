package cn.tuoyu.families.control;

import cn.tuoyu.platform.problems.DomainException;

/** The identity number is already registered; who holds it is not revealed. */
public class ChildAlreadyRegisteredException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ChildAlreadyRegisteredException() {
        super(409, "child-already-registered", "Child already registered",
                "A child with this identity document is already registered. If you are its guardian too, "
                        + "ask the registering guardian for an invitation.");
    }
}
