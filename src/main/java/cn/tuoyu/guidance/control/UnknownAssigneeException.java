package cn.tuoyu.guidance.control;

import java.util.List;

import cn.tuoyu.platform.problems.DomainException;
import cn.tuoyu.platform.problems.Problem;

/** The assignee is not a health staff member of the visit's district (unknown, or working in another district). */
public class UnknownAssigneeException extends DomainException {

    private static final long serialVersionUID = 1L;

    public UnknownAssigneeException() {
        super(422, "unknown-assignee", "Unknown assignee",
                "Assign the visit to a health staff member of your district, picked from the staff list.",
                List.of(new Problem.FieldError("assignee", "not a staff member of the district")));
    }
}
