package cn.tuoyu.guidance.control;

import cn.tuoyu.platform.problems.DomainException;

/** Waitlist entry not found: There is no such waitlist entry, or you may not see it. */
public class WaitlistEntryNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public WaitlistEntryNotFoundException() {
        super(404, "waitlist-entry-not-found", "Waitlist entry not found",
                "There is no such waitlist entry, or you may not see it.");
    }
}
