package cn.tuoyu.guidance.entity;

import java.time.Instant;

/** A span of time: a family's preferred window for a visit, or the time a visit is scheduled for. */
public record TimeWindow(Instant start, Instant end) {

    /**
     * Throws why this window cannot be offered or booked at {@code now}: {@link VisitWindowInvalidException} when it
     * does not end after it starts, {@link VisitTimeInPastException} when it does not start after now.
     */
    public void checkBookableAt(Instant now) {
        if (!end.isAfter(start)) {
            throw new VisitWindowInvalidException();
        }
        if (!start.isAfter(now)) {
            throw new VisitTimeInPastException();
        }
    }
}
