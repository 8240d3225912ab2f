package cn.tuoyu.vouchers.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import cn.tuoyu.vouchers.control.ClaimedVoucher;
import cn.tuoyu.vouchers.entity.VoucherState;

/**
 * A voucher as its holder sees it; {@code usable}: whether its state still lets the holder show its code, so a screen
 * offers that without naming states.
 */
public record VoucherView(UUID id, UUID batchId, String batchName, BigDecimal careHours, Integer faceValueCents,
        UUID childId, int serial, VoucherState state, boolean usable, Instant claimedAt, Instant validUntil,
        String manualCode) {

    static VoucherView of(ClaimedVoucher v) {
        return new VoucherView(v.id(), v.batchId(), v.batchName(), v.careHours(), v.faceValueCents(), v.childId(),
                v.serial(), v.state(), v.state().usable(), v.claimedAt(), v.validUntil(), v.manualCode());
    }
}
