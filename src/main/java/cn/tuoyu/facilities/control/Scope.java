package cn.tuoyu.facilities.control;

import java.util.Optional;

import cn.tuoyu.facilities.entity.Facility;

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
}
