package cn.tuoyu.vouchers.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.tuoyu.vouchers.control.Batch;
import cn.tuoyu.vouchers.control.VoucherClaims;
import cn.tuoyu.vouchers.entity.Allocation;
import cn.tuoyu.vouchers.entity.BatchStatus;

/**
 * A batch with its funnel: quantity, issued (claimed), remaining, redeemed, expired. In the list of batches open to a
 * resident's child also {@code mayClaim} and, when false, {@code reason}: the refusal's problem slug (absent elsewhere).
 * For staff, {@code nextStatuses}: what the status may become now, so a screen offers exactly those, and
 * {@code mayResize}: whether the quantity may still change. {@code allocation}: first come or lottery; a lottery's
 * {@code drawAt} and {@code offerHours}.
 */
public record BatchView(UUID id, String districtCode, String name, BigDecimal careHours, Integer faceValueCents,
        int quantity, int issued, int remaining, int redeemed, int expired, int perChildLimit, int minAgeMonths,
        int maxAgeMonths, boolean allHourlyFacilities, Set<UUID> facilityIds, Instant claimOpensAt,
        Instant claimClosesAt, Instant validUntil, boolean reservesEntitlement, BatchStatus status,
        List<BatchStatus> nextStatuses, Boolean mayResize, Boolean mayClaim, String reason, Allocation allocation,
        Instant drawAt, Integer offerHours) {

    static BatchView of(VoucherClaims.OpenBatch open) {
        BatchView b = of(open.batch());
        return new BatchView(b.id, b.districtCode, b.name, b.careHours, b.faceValueCents, b.quantity, b.issued,
                b.remaining, b.redeemed, b.expired, b.perChildLimit, b.minAgeMonths, b.maxAgeMonths,
                b.allHourlyFacilities, b.facilityIds, b.claimOpensAt, b.claimClosesAt, b.validUntil,
                b.reservesEntitlement, b.status, null, null, open.mayClaim(), open.refusal(), b.allocation, b.drawAt,
                b.offerHours);
    }

    static BatchView of(Batch b) {
        var t = b.terms();
        return new BatchView(b.id(), b.districtCode(), t.name(), t.careHours(), t.faceValueCents(), t.quantity(),
                b.issued(), b.remaining(), b.redeemed(), b.expired(), t.perChildLimit(), t.minAgeMonths(),
                t.maxAgeMonths(), t.allHourlyFacilities(), t.facilityIds(), t.claimOpensAt(), t.claimClosesAt(),
                t.validUntil(), t.reservesEntitlement(), b.status(), b.status().next(),
                b.status().mayResize() && (t.allocation() != Allocation.LOTTERY || b.status() == BatchStatus.DRAFT),
                null, null, t.allocation(), t.drawAt(), t.offerHours());
    }
}
