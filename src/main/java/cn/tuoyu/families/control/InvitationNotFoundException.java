package cn.tuoyu.families.control;

import cn.tuoyu.platform.problems.DomainException;

/** No such guardian invitation. */
public class InvitationNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public InvitationNotFoundException() {
        super(404, "invitation-not-found", "Invitation not found",
                "There is no such invitation; check the code with the guardian who issued it.");
    }
}
