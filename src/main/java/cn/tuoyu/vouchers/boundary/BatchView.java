package cn.tuoyu.vouchers.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import cn.tuoyu.vouchers.control.Batch;
import cn.tuoyu.vouchers.entity.BatchStatus;

/** A batch with its funnel: quantity, issued (claimed), remaining, redeemed, expired. */
public record BatchView(UUID id, String districtCode, String name, BigDecimal careHours, Integer faceValueCents,
        int quantity, int issued, int remaining, int redeemed, int expired, int perChildLimit, int minAgeMonths,
        int maxAgeMonths, boolean allHourlyFacilities, Set<UUID> facilityIds, Instant claimOpensAt,
        Instant claimClosesAt, Instant validUntil, boolean reservesEntitlement, BatchStatus status) {

    static BatchView of(Batch b) {
        var t = b.terms();
        return new BatchView(b.id(), b.districtCode(), t.name(), t.careHours(), t.faceValueCents(), t.quantity(),
                b.issued(), b.remaining(), b.redeemed(), b.expired(), t.perChildLimit(), t.minAgeMonths(),
                t.maxAgeMonths(), t.allHourlyFacilities(), t.facilityIds(), t.claimOpensAt(), t.claimClosesAt(),
                t.validUntil(), t.reservesEntitlement(), b.status());
    }
}
