package cn.tuoyu.notifications.control;

import cn.tuoyu.platform.problems.DomainException;

/** A notification or delivery that does not exist or is not the caller's to see. */
public class NotificationNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public NotificationNotFoundException() {
        super(404, "notification-not-found", "Notification not found",
                "There is no such notification, or you may not see it.");
    }
}
