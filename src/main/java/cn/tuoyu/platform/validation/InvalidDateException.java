package cn.tuoyu.platform.validation;

import cn.tuoyu.platform.problems.DomainException;

/** A date parameter with the right shape that is no calendar date (e.g. 2026-02-30). */
public class InvalidDateException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** {@code parameters}: the names of the parameters, as the detail says them ("from and to"). */
    public InvalidDateException(String parameters) {
        super(400, "invalid-date", "Invalid date", "The " + parameters + " parameters must be calendar dates.");
    }
}
