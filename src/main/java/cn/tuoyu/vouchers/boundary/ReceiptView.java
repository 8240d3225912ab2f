package cn.tuoyu.vouchers.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import cn.tuoyu.vouchers.control.RedemptionDesk;
import cn.tuoyu.vouchers.entity.RedemptionMethod;

/** What staff see after a redemption: enough to confirm the child in front of them (masked name, age), no more. */
public record ReceiptView(UUID redemptionId, UUID voucherId, String batchName, BigDecimal careHours,
        Integer faceValueCents, String childMaskedName, int childAgeMonths, RedemptionMethod method,
        Instant redeemedAt) {

    static ReceiptView of(RedemptionDesk.Receipt r) {
        return new ReceiptView(r.redemptionId(), r.voucherId(), r.batchName(), r.careHours(), r.faceValueCents(),
                r.childMaskedName(), r.childAgeMonths(), r.method(), r.redeemedAt());
    }
}
