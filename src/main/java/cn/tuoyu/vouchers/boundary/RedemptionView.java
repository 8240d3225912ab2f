package cn.tuoyu.vouchers.boundary;

import java.time.Instant;
import java.util.UUID;

import cn.tuoyu.vouchers.control.RedemptionHistory;
import cn.tuoyu.vouchers.entity.RedemptionMethod;

/**
 * A line of the facility's redemption history, voided or not; {@code atCheckIn}: it paid an hourly-care session when
 * the child was checked in, and cannot be voided.
 */
public record RedemptionView(UUID id, UUID voucherId, UUID batchId, String batchName, RedemptionMethod method,
        Instant redeemedAt, Instant voidedAt, String voidReason, boolean atCheckIn) {

    static RedemptionView of(RedemptionHistory.Line r) {
        return new RedemptionView(r.id(), r.voucherId(), r.batchId(), r.batchName(), r.method(), r.redeemedAt(),
                r.voidedAt(), r.voidReason(), r.atCheckIn());
    }
}
