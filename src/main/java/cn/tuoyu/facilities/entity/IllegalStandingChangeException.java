package cn.tuoyu.facilities.entity;

import cn.tuoyu.platform.problems.DomainException;

/** A standing decision that does not apply to the facility's current standing (e.g. reinstating a filed one). */
public class IllegalStandingChangeException extends DomainException {

    private static final long serialVersionUID = 1L;

    public IllegalStandingChangeException(Standing from, String action) {
        super(409, "illegal-standing-change", "Not possible in the current standing",
                "A facility whose standing is " + from + " cannot be subject to " + action + ".");
    }
}
