package cn.tuoyu.entitlements.control;

import cn.tuoyu.platform.problems.DomainException;

/** No such rule version for the district. */
public class RuleVersionNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public RuleVersionNotFoundException() {
        super(404, "rule-version-not-found", "Rule version not found",
                "There is no such rule version for this district.");
    }
}
