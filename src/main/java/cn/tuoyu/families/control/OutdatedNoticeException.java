package cn.tuoyu.families.control;

import cn.tuoyu.platform.problems.DomainException;

/** Consent must name the current version of the children's data notice. */
public class OutdatedNoticeException extends DomainException {

    private static final long serialVersionUID = 1L;

    public OutdatedNoticeException() {
        super(422, "outdated-notice", "Outdated notice",
                "noticeVersion: consent must be given to the current version of the notice; read it again "
                        + "(GET /api/consents/children-data).");
    }
}
