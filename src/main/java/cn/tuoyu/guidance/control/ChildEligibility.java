package cn.tuoyu.guidance.control;

import java.util.UUID;

import cn.tuoyu.platform.problems.DomainException;

/**
 * Whether one of the caller's children may book (a class seat, a home visit) now, said before the tap: the refusal is
 * the slug of the problem the booking itself would answer with, found by running the booking's own checks. Only
 * checks that are plain methods (no transactional proxy, which would mark the transaction for rollback on the
 * exception) are run through {@link #refusal}.
 */
public record ChildEligibility(UUID childId, boolean mayBook, String reason) {

    /** A check that throws the booking's refusal; {@code E}: what else it may throw, for the caller to handle. */
    interface Check<E extends Exception> {

        void run() throws E;
    }

    static ChildEligibility of(UUID childId, String refusal) {
        return new ChildEligibility(childId, refusal == null, refusal);
    }

    /** The slug of the problem the check throws, or null when it passes. */
    static <E extends Exception> String refusal(Check<E> check) throws E {
        try {
            check.run();
            return null;
        } catch (DomainException e) {
            return e.slug();
        }
    }
}
