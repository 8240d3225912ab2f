package cn.tuoyu.guidance.control;

import cn.tuoyu.platform.problems.DomainException;

/** Only the staff member assigned to this visit or a district coordinator may do this. */
public class NotAssignedStaffException extends DomainException {

    private static final long serialVersionUID = 1L;

    public NotAssignedStaffException() {
        super(403, "not-assigned-staff", "Not the assigned staff member",
                "Only the staff member assigned to this visit or a district coordinator may do this.");
    }
}
