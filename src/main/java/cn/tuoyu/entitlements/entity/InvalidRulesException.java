package cn.tuoyu.entitlements.entity;

import cn.tuoyu.platform.problems.DomainException;

/** A published rule set must be coherent: bands within 0–36 months, no overlapping bands for one service kind. */
public class InvalidRulesException extends DomainException {

    private static final long serialVersionUID = 1L;

    public InvalidRulesException(String why) {
        super(422, "invalid-entitlement-rules", "Invalid entitlement rules", "rules: " + why + ".");
    }
}
