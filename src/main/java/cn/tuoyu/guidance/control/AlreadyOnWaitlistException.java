package cn.tuoyu.guidance.control;

import cn.tuoyu.platform.problems.DomainException;

/** Already on the waitlist: This child is already waiting for, or has been offered, a seat in this class. */
public class AlreadyOnWaitlistException extends DomainException {

    private static final long serialVersionUID = 1L;

    public AlreadyOnWaitlistException() {
        super(409, "already-on-waitlist", "Already on the waitlist",
                "This child is already waiting for, or has been offered, a seat in this class.");
    }
}
