package cn.tuoyu.vouchers.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import cn.tuoyu.vouchers.entity.VoucherState;

/** A voucher as its holder sees it. */
public record ClaimedVoucher(UUID id, UUID batchId, String batchName, BigDecimal careHours, Integer faceValueCents,
        UUID childId, int serial, VoucherState state, Instant claimedAt, Instant validUntil, String manualCode) {
}
