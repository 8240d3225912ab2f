package cn.tuoyu.facilities.entity;

import java.util.EnumSet;
import java.util.Set;

/** DRAFT while materials are uploaded, PENDING once submitted, then decided once: APPROVED or REFUSED. */
public enum ApplicationStatus {

    DRAFT, PENDING, APPROVED, REFUSED;

    /** What may happen to an application in this status: a draft is filled and submitted, a pending one decided. */
    public Set<ApplicationAction> actions() {
        return switch (this) {
            case DRAFT -> EnumSet.of(ApplicationAction.UPLOAD, ApplicationAction.SUBMIT);
            case PENDING -> EnumSet.of(ApplicationAction.DECIDE);
            case APPROVED, REFUSED -> EnumSet.noneOf(ApplicationAction.class);
        };
    }

    /** Those of the given actions (a caller's) that this status allows, so that a screen offers those and no others. */
    public Set<ApplicationAction> allowed(Set<ApplicationAction> among) {
        Set<ApplicationAction> allowed = actions();
        allowed.retainAll(among);
        return allowed;
    }
}
