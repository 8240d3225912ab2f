package cn.tuoyu.guidance.control;

import java.sql.SQLException;
import java.util.UUID;

import cn.tuoyu.platform.problems.DomainException;

/**
 * Whether one of the caller's children may book (a class seat, a home visit) now, said before the tap: the refusal is
 * the slug of the problem the booking itself would answer with, found by running the booking's own checks. Only
 * checks that are plain methods (no transactional proxy, which would mark the transaction for rollback on the
 * exception) are run through {@link #refusal}.
 */
public record ChildEligibility(UUID childId, boolean mayBook, String reason) {

    interface Check {
        void run() throws SQLException;
    }

    static ChildEligibility of(UUID childId, String refusal) {
        return new ChildEligibility(childId, refusal == null, refusal);
    }

    /** The slug of the problem the check throws, or null when it passes. */
    static String refusal(Check check) throws SQLException {
        try {
            check.run();
            return null;
        } catch (DomainException e) {
            return e.slug();
        }
    }
}
