package cn.tuoyu.districts.control;

import cn.tuoyu.platform.problems.DomainException;

/**
 * Health staff act for the district their account is bound to; another district's figures, rules and coverage do
 * not exist for them (404, as for anything outside a caller's scope). The one problem type for every such refusal.
 */
public class OtherDistrictException extends DomainException {

    private static final long serialVersionUID = 1L;

    public OtherDistrictException() {
        super(404, "other-district", "Not your district",
                "There is nothing here for your account: it acts only for the district it is bound to.");
    }
}
