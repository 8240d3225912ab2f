package cn.tuoyu.facilities.control;

import cn.tuoyu.platform.problems.DomainException;

/** Another facility record already carries this unified social credit code, or this filing number. */
public class AlreadyUsedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public AlreadyUsedException(String what) {
        super(409, "already-used", "Already used", "Another facility already has this " + what + ".");
    }
}
