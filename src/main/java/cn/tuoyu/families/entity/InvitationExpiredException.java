package cn.tuoyu.families.entity;

import cn.tuoyu.platform.problems.DomainException;

/** The guardian invitation is past its expiry. */
public class InvitationExpiredException extends DomainException {

    private static final long serialVersionUID = 1L;

    public InvitationExpiredException() {
        super(422, "invitation-expired", "Invitation expired",
                "This invitation has expired; ask the guardian for a new one.");
    }
}
