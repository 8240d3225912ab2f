package cn.tuoyu.families.entity;

import cn.tuoyu.platform.problems.DomainException;

/** A guardian invitation is accepted once. */
public class InvitationAlreadyUsedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public InvitationAlreadyUsedException() {
        super(409, "invitation-already-used", "Invitation already used", "This invitation has already been accepted.");
    }
}
