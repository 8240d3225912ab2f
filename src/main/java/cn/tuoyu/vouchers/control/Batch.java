package cn.tuoyu.vouchers.control;

import java.time.Instant;
import java.util.UUID;

import cn.tuoyu.vouchers.entity.BatchStatus;
import cn.tuoyu.vouchers.entity.BatchTerms;

/** A batch as stored, with its funnel: issued (claimed), redeemed, expired. */
public record Batch(UUID id, String districtCode, BatchTerms terms, BatchStatus status, int issued, int redeemed,
        int expired, Instant createdAt) {

    public int remaining() {
        return terms.quantity() - issued;
    }

    public boolean openForClaimsAt(Instant now) {
        return status == BatchStatus.PUBLISHED && !now.isBefore(terms.claimOpensAt())
                && now.isBefore(terms.claimClosesAt());
    }
}
