package cn.tuoyu.families.entity;

import cn.tuoyu.platform.problems.DomainException;

/** The caller already guards this child. */
public class AlreadyGuardianException extends DomainException {

    private static final long serialVersionUID = 1L;

    public AlreadyGuardianException() {
        super(409, "already-guardian", "Already a guardian", "You are already a guardian of this child.");
    }
}
