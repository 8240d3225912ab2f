package cn.tuoyu.notifications.entity;

import java.time.Duration;

/**
 * How a failed delivery is tried again: after attempt n it waits {@code first × 2^(n-1)}, never more than
 * {@code longest}, and after {@code attempts} attempts it is dead (kept for staff to retry).
 */
public record Retries(int attempts, Duration first, Duration longest) {

    public Retries {
        if (attempts < 1 || first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
            throw new IllegalArgumentException("retries need at least one attempt and 0 < first <= longest");
        }
    }

    /** The wait after the given (1-based) failed attempt. */
    public Duration delayAfter(int attempt) {
        int doublings = Math.min(Math.max(attempt - 1, 0), 30);
        Duration delay = first.multipliedBy(1L << doublings);
        return delay.compareTo(longest) > 0 || delay.isNegative() ? longest : delay;
    }

    /** Whether no attempt is left after this many. */
    public boolean exhausted(int attemptsMade) {
        return attemptsMade >= attempts;
    }
}
