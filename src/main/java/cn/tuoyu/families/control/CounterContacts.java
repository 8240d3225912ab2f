package cn.tuoyu.families.control;

import java.util.UUID;

/**
 * Whether a facility has met a child at its counter, answered by the feature that redeems vouchers (families cannot
 * call it: it depends on families). Facility staff may see a child's summary only after such a meeting.
 */
public interface CounterContacts {

    /**
     * True when the facility redeemed one of the child's vouchers and the redemption is live, or was voided but is
     * still within the void window.
     */
    boolean facilityHasRedeemedFor(UUID facilityId, UUID childId);
}
