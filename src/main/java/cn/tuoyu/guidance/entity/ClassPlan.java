package cn.tuoyu.guidance.entity;

import java.time.Instant;

import cn.tuoyu.platform.problems.DomainException;

/**
 * A parent class as staff plan it, checked before it is published: it starts in the future, ends after it starts,
 * bookings close no later than the start, the age band is ordered, at least one seat.
 */
public record ClassPlan(String topic, String venue, Instant startsAt, Instant endsAt, Instant bookingCutoff,
        int capacity, int ageFromMonths, int ageToMonths) {

    public ClassPlan {
        if (capacity <= 0) {
            throw new InvalidClassPlanException("class-capacity-invalid", "The capacity must be at least one seat.");
        }
        if (ageToMonths < ageFromMonths) {
            throw new InvalidClassPlanException("class-age-band-invalid",
                    "The age band's upper bound is below its lower bound.");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new InvalidClassPlanException("class-ends-before-start", "The class must end after it starts.");
        }
        if (bookingCutoff != null && bookingCutoff.isAfter(startsAt)) {
            throw new InvalidClassPlanException("class-cutoff-after-start",
                    "Bookings must close no later than the start of the class.");
        }
    }

    /** Refuses a class that starts at or before now. */
    public ClassPlan checkedAt(Instant now) {
        if (!startsAt.isAfter(now)) {
            throw new InvalidClassPlanException("class-in-past", "The class must start in the future.");
        }
        return this;
    }

    /** The booking cutoff, defaulting to the start of the class. */
    public Instant cutoff() {
        return bookingCutoff == null ? startsAt : bookingCutoff;
    }

    public boolean admits(int ageInMonths) {
        return ageInMonths >= ageFromMonths && ageInMonths <= ageToMonths;
    }

    /** A class plan that a rule refuses (422), named by its slug. */
    public static class InvalidClassPlanException extends DomainException {

        private static final long serialVersionUID = 1L;

        public InvalidClassPlanException(String slug, String detail) {
            super(422, slug, "Class not published", detail);
        }
    }
}
