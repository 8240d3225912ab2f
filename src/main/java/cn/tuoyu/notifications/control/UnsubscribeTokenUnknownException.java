package cn.tuoyu.notifications.control;

import cn.tuoyu.platform.problems.DomainException;

/** An unsubscribe link whose token this deployment did not make (altered, or from another deployment). */
public class UnsubscribeTokenUnknownException extends DomainException {

    private static final long serialVersionUID = 1L;

    public UnsubscribeTokenUnknownException() {
        super(404, "unsubscribe-token-unknown", "Unsubscribe link not recognised",
                "This unsubscribe link is not valid. Open the link from the e-mail again, or change your choices "
                        + "in the app.");
    }
}
