package cn.tuoyu.entitlements.control;

import cn.tuoyu.platform.problems.DomainException;

/** A rule version takes effect today or later, so nothing already granted is rewritten. */
public class EffectiveDateInPastException extends DomainException {

    private static final long serialVersionUID = 1L;

    public EffectiveDateInPastException() {
        super(422, "effective-date-in-past", "Effective date in the past",
                "effectiveFrom: a new rule version takes effect today (China time) or later.");
    }
}
