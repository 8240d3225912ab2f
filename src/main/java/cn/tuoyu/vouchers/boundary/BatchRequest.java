package cn.tuoyu.vouchers.boundary;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import cn.tuoyu.platform.validation.DateBetween;
import cn.tuoyu.platform.validation.PlainText;
import cn.tuoyu.vouchers.entity.Allocation;
import cn.tuoyu.vouchers.entity.BatchTerms;

/**
 * A new batch, as health staff describe it. Times carry their offset, e.g. {@code 2026-12-01T09:00:00+08:00}. A
 * lottery batch ({@code allocation: LOTTERY}; first come when absent) names its draw time ({@code drawAt}: children
 * apply from {@code claimOpensAt} until then) and how many hours each offer may be claimed in ({@code offerHours}).
 */
public record BatchRequest(
        @NotBlank @Size(max = 100) @PlainText String name,
        @DecimalMin("0.5") @DecimalMax("24.0") BigDecimal careHours,
        @Positive @Max(100_000_000) Integer faceValueCents,
        @NotNull @Positive @Max(10_000_000) Integer quantity,
        @NotNull @Min(1) @Max(100) Integer perChildLimit,
        @NotNull @Min(0) @Max(36) Integer minAgeMonths,
        @NotNull @Min(0) @Max(36) Integer maxAgeMonths,
        boolean allHourlyFacilities,
        @Size(max = 500) Set<@NotNull UUID> facilityIds,
        @NotNull @DateBetween(from = "-P1Y", to = "P2Y") OffsetDateTime claimOpensAt,
        @NotNull @DateBetween(to = "P3Y") OffsetDateTime claimClosesAt,
        @NotNull @DateBetween(to = "P3Y") OffsetDateTime validUntil,
        boolean reservesEntitlement,
        Allocation allocation,
        @DateBetween(to = "P3Y") OffsetDateTime drawAt,
        @Min(1) @Max(720) Integer offerHours) {

    BatchTerms terms() {
        return new BatchTerms(name.strip(), careHours, faceValueCents, quantity, perChildLimit, minAgeMonths,
                maxAgeMonths, allHourlyFacilities, facilityIds, claimOpensAt.toInstant(), claimClosesAt.toInstant(),
                validUntil.toInstant(), reservesEntitlement, allocation, drawAt == null ? null : drawAt.toInstant(),
                offerHours);
    }
}
