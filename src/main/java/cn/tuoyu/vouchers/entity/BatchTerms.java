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
 * and a facility list exactly when the batch is not for every hourly-care facility of the district.
 */
public record BatchTerms(String name, BigDecimal careHours, Integer faceValueCents, int quantity, int perChildLimit,
        int minAgeMonths, int maxAgeMonths, boolean allHourlyFacilities, Set<UUID> facilityIds,
        Instant claimOpensAt, Instant claimClosesAt, Instant validUntil, boolean reservesEntitlement) {

    public BatchTerms {
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
        if (!problems.isEmpty()) {
            throw new InvalidBatchTermsException(problems);
        }
    }

    public boolean coversAge(int months) {
        return months >= minAgeMonths && months <= maxAgeMonths;
    }
}
