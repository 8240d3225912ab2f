package cn.tuoyu.guidance.control;

import cn.tuoyu.platform.problems.DomainException;

/** No calendar subscription with this token (never issued, or replaced by a newer one). */
public class CalendarFeedNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public CalendarFeedNotFoundException() {
        super(404, "calendar-feed-not-found", "Calendar feed not found",
                "This subscription link is unknown or was replaced by a newer one.");
    }
}
