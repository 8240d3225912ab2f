package cn.tuoyu.facilities.control;

import cn.tuoyu.platform.problems.DomainException;

/** Filing needs a number; refusing needs reasons. */
public class DecisionIncompleteException extends DomainException {

    private static final long serialVersionUID = 1L;

    public DecisionIncompleteException(String what) {
        super(400, "decision-incomplete", "Decision incomplete", "This decision needs " + what + ".");
    }
}
