package cn.tuoyu.facilities.control;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import cn.tuoyu.facilities.entity.ApplicationAction;
import cn.tuoyu.facilities.entity.ApplicationKind;
import cn.tuoyu.facilities.entity.Facility;
import cn.tuoyu.facilities.entity.StandingAction;

/**
 * Whom a caller acts for: facility staff for one facility (token claim {@code facility_id}), health staff for one
 * district (claim {@code district}). What lies outside the scope does not exist for the caller (404).
 */
public record Scope(String facilityId, String district) {

    public static Scope of(Optional<String> facilityId, Optional<String> district) {
        return new Scope(facilityId.orElse(null), district.orElse(null));
    }

    public static Scope facilityStaff(String facilityId) {
        return new Scope(facilityId, null);
    }

    public static Scope healthStaff(String district) {
        return new Scope(null, district);
    }

    public boolean isStaffOf(Facility facility) {
        return facilityId != null && facilityId.equalsIgnoreCase(facility.id().toString());
    }

    public boolean reviews(Facility facility) {
        return district != null && district.equals(facility.districtCode());
    }

    public boolean sees(Facility facility) {
        return isStaffOf(facility) || reviews(facility);
    }

    /** The standing actions the caller may take on the facility now: its district's health staff, as it stands. */
    public Set<StandingAction> standingActions(Facility facility) {
        return reviews(facility) ? facility.standing().actions() : Set.of();
    }

    /** The applications the caller may open for the facility now: its own staff, as its standing allows. */
    public Set<ApplicationKind> applications(Facility facility) {
        return isStaffOf(facility) ? facility.standing().applications() : Set.of();
    }

    /** What the caller may do to the facility's applications, where an application's status allows it. */
    public Set<ApplicationAction> applicationActions(Facility facility) {
        Set<ApplicationAction> actions = EnumSet.noneOf(ApplicationAction.class);
        if (isStaffOf(facility)) {
            actions.addAll(ApplicationAction.FACILITY_STAFF);
        }
        if (reviews(facility)) {
            actions.addAll(ApplicationAction.HEALTH_STAFF);
        }
        return actions;
    }
}
