package cn.tuoyu.entitlements.control;

import cn.tuoyu.platform.problems.DomainException;

/** The district already has a version effective that day, or another was published at the same moment. */
public class RuleVersionExistsException extends DomainException {

    private static final long serialVersionUID = 1L;

    public RuleVersionExistsException() {
        super(409, "rule-version-exists", "Rule version exists",
                "effectiveFrom: the district already has a rule version effective on that day.");
    }
}
