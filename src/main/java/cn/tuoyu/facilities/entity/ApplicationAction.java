package cn.tuoyu.facilities.entity;

import java.util.EnumSet;
import java.util.Set;

/** What can happen to an application: its facility's staff upload materials and submit it, health staff decide it. */
public enum ApplicationAction {

    UPLOAD, SUBMIT, DECIDE;

    /** What the facility's own staff do to its applications. */
    public static final Set<ApplicationAction> FACILITY_STAFF = EnumSet.of(UPLOAD, SUBMIT);

    /** What the district's health staff do to them. */
    public static final Set<ApplicationAction> HEALTH_STAFF = EnumSet.of(DECIDE);
}
