package cn.tuoyu.guidance.entity;

import cn.tuoyu.platform.problems.DomainException;

/** Waitlist entry closed: This waitlist entry was already accepted, withdrawn or expired. */
public class WaitlistEntryClosedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public WaitlistEntryClosedException() {
        super(409, "waitlist-entry-closed", "Waitlist entry closed",
                "This waitlist entry was already accepted, withdrawn or expired.");
    }
}
