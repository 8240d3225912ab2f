package cn.tuoyu.facilities.entity;

import cn.tuoyu.platform.problems.DomainException;

/** A filed facility tried to edit fields that only a reviewed change application may change. */
public class ChangeNeedsReviewException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ChangeNeedsReviewException() {
        super(422, "change-needs-review", "Change needs review",
                "This facility is filed: only contact and opening hours can be edited directly. Submit a change "
                        + "application for anything else; the district and the credit code never change.");
    }
}
