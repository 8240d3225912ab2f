package cn.tuoyu.vouchers.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class VoucherTest {

    static final Instant NOW = VoucherBatchTest.OPENS.plus(Duration.ofHours(1));
    static final VoucherBatch BATCH = VoucherBatchTest.published(true);

    static Voucher claimed() {
        return Voucher.claim(UUID.randomUUID(), BATCH, 1, UUID.randomUUID(), "parent", 1, null, NOW);
    }

    @Test
    void aClaimedVoucherIsValidUntilItsBatchSaysAndHasAWellFormedManualCode() {
        Voucher voucher = claimed();
        assertEquals(VoucherState.CLAIMED, voucher.state());
        assertEquals(BATCH.validUntil(), voucher.validUntil());
        assertEquals(13, voucher.manualCode().digits().length());
        assertTrue(voucher.heldBy("parent"));
        assertFalse(voucher.heldBy("someone else"));
    }

    @Test
    void itIsRedeemedOnceAndAVoidOpensItAgain() {
        Voucher voucher = claimed();
        voucher.redeemAt(NOW);
        assertEquals(VoucherState.REDEEMED, voucher.state());
        assertThrows(VoucherAlreadyRedeemedException.class, () -> voucher.redeemAt(NOW));
        assertThrows(VoucherAlreadyRedeemedException.class, () -> voucher.codeAt(NOW));
        voucher.reopen();
        assertThrows(RedemptionAlreadyVoidedException.class, voucher::reopen);
        voucher.redeemAt(NOW);
    }

    @Test
    void itCannotBeUsedFromTheEndOfItsValidity() {
        Voucher voucher = claimed();
        Instant end = voucher.validUntil();
        voucher.codeAt(end.minusMillis(1));
        assertThrows(VoucherExpiredException.class, () -> voucher.redeemAt(end));
        assertThrows(IllegalStateException.class, () -> voucher.expireAt(end.minusMillis(1)), "not yet due");
        voucher.expireAt(end);
        assertEquals(VoucherState.EXPIRED, voucher.state());
        assertThrows(VoucherExpiredException.class, () -> voucher.codeAt(end.minusSeconds(60)));
    }

    @Test
    void aCancelledVoucherIsNeitherShownNorRedeemed() {
        Voucher voucher = claimed();
        voucher.cancelAt(NOW);
        assertThrows(VoucherCancelledException.class, () -> voucher.codeAt(NOW));
        assertThrows(VoucherCancelledException.class, () -> voucher.redeemAt(NOW));
        assertThrows(IllegalStateException.class, () -> voucher.cancelAt(NOW));
    }

    @Test
    void theCounterAcceptsOnlyACodeSignedWithThisVouchersSecret() {
        Voucher voucher = claimed();
        Voucher other = claimed();
        RotatingCode code = voucher.codeAt(NOW);
        assertTrue(voucher.authenticates(RotatingCode.parse(code.text()).orElseThrow()));
        assertFalse(other.authenticates(code));
        RotatingCode forged = new RotatingCode(voucher.id(), code.step(), other.codeAt(NOW).tag());
        assertFalse(voucher.authenticates(forged));
    }

    @Test
    void anotherManualCodeIsDrawnWhenTheFirstIsTaken() {
        Voucher voucher = claimed();
        String first = voucher.manualCode().digits();
        voucher.drawAnotherManualCode();
        assertNotEquals(first, voucher.manualCode().digits());
        assertEquals(voucher.manualCode().digits(), voucher.insertParameters()[8]);
    }
}
