package cn.tuoyu.families.control;

import java.util.Set;
import java.util.UUID;

/**
 * These children are about to be anonymised: their guardian withdrew consent (and no consenting guardian is left),
 * or a guardian removed one of them. Fired synchronously inside that transaction, after the guardians' links are
 * removed and before the children's fields are erased: observers close what is still open for the children
 * (bookings, waitlist places, visits, vouchers) the way their own cancellations do; an observer's failure rolls the
 * whole erasure back.
 *
 * @param guardian the guardian who asked
 * @param erasedChildren the children about to be erased
 * @param cause why, in words for audit trails (never personal data)
 */
public record ChildrenErased(String guardian, Set<UUID> erasedChildren, String cause) {

    public static final String CONSENT_WITHDRAWN = "consent withdrawn";
    public static final String CHILD_REMOVED = "child removed by guardian";

    public ChildrenErased {
        erasedChildren = Set.copyOf(erasedChildren);
    }
}
