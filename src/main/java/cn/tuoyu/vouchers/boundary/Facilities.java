package cn.tuoyu.vouchers.boundary;

import java.util.UUID;

import cn.tuoyu.platform.security.MissingScopeException;

/** The facility id from the staff member's token. */
final class Facilities {

    private Facilities() {
    }

    static UUID id(String claim) {
        try {
            return UUID.fromString(claim);
        } catch (IllegalArgumentException e) {
            throw new MissingScopeException("facility_id");
        }
    }
}
