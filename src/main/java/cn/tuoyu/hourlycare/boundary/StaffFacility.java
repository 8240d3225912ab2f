package cn.tuoyu.hourlycare.boundary;

import java.util.UUID;

import cn.tuoyu.platform.security.Caller;
import cn.tuoyu.platform.security.MissingScopeException;

/** The facility id from the staff member's token. */
final class StaffFacility {

    private StaffFacility() {
    }

    static UUID id(Caller caller) {
        try {
            return UUID.fromString(caller.requireFacilityId());
        } catch (IllegalArgumentException e) {
            throw new MissingScopeException("facility_id");
        }
    }
}
