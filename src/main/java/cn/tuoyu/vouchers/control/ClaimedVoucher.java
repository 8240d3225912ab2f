package cn.tuoyu.vouchers.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import cn.tuoyu.vouchers.entity.Voucher;
import cn.tuoyu.vouchers.entity.VoucherBatch;
import cn.tuoyu.vouchers.entity.VoucherState;

/** A voucher as its holder sees it. */
public record ClaimedVoucher(UUID id, UUID batchId, String batchName, BigDecimal careHours, Integer faceValueCents,
        UUID childId, int serial, VoucherState state, Instant claimedAt, Instant validUntil, String manualCode) {

    public static ClaimedVoucher of(Voucher voucher, VoucherBatch batch) {
        return new ClaimedVoucher(voucher.id(), batch.id(), batch.name(), batch.careHours(), batch.faceValueCents(),
                voucher.childId(), voucher.serial(), voucher.state(), voucher.claimedAt(), voucher.validUntil(),
                voucher.manualCode().display());
    }
}
