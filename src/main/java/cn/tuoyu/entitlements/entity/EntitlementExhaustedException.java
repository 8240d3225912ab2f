package cn.tuoyu.entitlements.entity;

import cn.tuoyu.platform.problems.DomainException;

/** Every unit of the current window is reserved or consumed. */
public class EntitlementExhaustedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public EntitlementExhaustedException() {
        super(422, "entitlement-exhausted", "Entitlement used up",
                "Every session of this entitlement in the current period is already booked or used; see the "
                        + "child's entitlements for when it renews.");
    }
}
