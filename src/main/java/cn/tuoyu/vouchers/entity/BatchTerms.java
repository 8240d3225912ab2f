package cn.tuoyu.vouchers.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.tuoyu.platform.problems.Problem;

/**
 * What a batch offers and to whom. Guards its own consistency: a value (hours and/or face value), an age band
 * inside 0–36 months, a claim window that closes after it opens, validity that lasts at least until claims close,
 * and a facility list exactly when the batch is not for every hourly-care facility of the district. A lottery batch
 * ({@link Allocation#LOTTERY}) gives one voucher per child, draws inside its claim window and gives each offer a
 * claim period in hours.
 */
public record BatchTerms(String name, BigDecimal careHours, Integer faceValueCents, int quantity, int perChildLimit,
        int minAgeMonths, int maxAgeMonths, boolean allHourlyFacilities, Set<UUID> facilityIds,
        Instant claimOpensAt, Instant claimClosesAt, Instant validUntil, boolean reservesEntitlement,
        Allocation allocation, Instant drawAt, Integer offerHours) {

    /** First-come terms. */
    public BatchTerms(String name, BigDecimal careHours, Integer faceValueCents, int quantity, int perChildLimit,
            int minAgeMonths, int maxAgeMonths, boolean allHourlyFacilities, Set<UUID> facilityIds,
            Instant claimOpensAt, Instant claimClosesAt, Instant validUntil, boolean reservesEntitlement) {
        this(name, careHours, faceValueCents, quantity, perChildLimit, minAgeMonths, maxAgeMonths,
                allHourlyFacilities, facilityIds, claimOpensAt, claimClosesAt, validUntil, reservesEntitlement,
                Allocation.FIRST_COME, null, null);
    }

    public BatchTerms {
        allocation = allocation == null ? Allocation.FIRST_COME : allocation;
        facilityIds = facilityIds == null ? Set.of() : Set.copyOf(facilityIds);
        List<Problem.FieldError> problems = new ArrayList<>();
        if (careHours == null && faceValueCents == null) {
            problems.add(new Problem.FieldError("careHours", "a voucher needs hours of care, a face value, or both"));
            problems.add(new Problem.FieldError("faceValueCents",
                    "a voucher needs hours of care, a face value, or both"));
        }
        if (maxAgeMonths < minAgeMonths) {
            problems.add(new Problem.FieldError("maxAgeMonths", "the age band ends before it starts"));
        }
        if (!claimClosesAt.isAfter(claimOpensAt)) {
            problems.add(new Problem.FieldError("claimClosesAt", "claims must close after they open"));
        }
        if (validUntil.isBefore(claimClosesAt)) {
            problems.add(new Problem.FieldError("validUntil", "vouchers must stay valid at least until claims close"));
        }
        if (allHourlyFacilities == !facilityIds.isEmpty()) {
            problems.add(new Problem.FieldError("facilityIds", allHourlyFacilities
                    ? "name no facilities when the batch is for every hourly-care facility"
                    : "name the eligible facilities, or make the batch for every hourly-care facility"));
        }
        if (allocation == Allocation.LOTTERY) {
            if (perChildLimit != 1) {
                problems.add(new Problem.FieldError("perChildLimit", "a lottery gives one voucher per child"));
            }
            if (drawAt == null || !drawAt.isAfter(claimOpensAt) || !drawAt.isBefore(claimClosesAt)) {
                problems.add(new Problem.FieldError("drawAt",
                        "a lottery draws after applications open and before claims close"));
            }
            if (offerHours == null || offerHours < 1) {
                problems.add(new Problem.FieldError("offerHours", "a lottery's offers need a claim period in hours"));
            }
        } else if (drawAt != null || offerHours != null) {
            problems.add(new Problem.FieldError("drawAt", "only a lottery batch has a draw"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidBatchTermsException(problems);
        }
    }

    public boolean coversAge(int months) {
        return months >= minAgeMonths && months <= maxAgeMonths;
    }
}
