package cn.tuoyu.vouchers.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class RedemptionTest {

    static final Duration WINDOW = Duration.ofMinutes(30);

    @Test
    void aRedemptionIsVoidedOnceWithinTheWindow() {
        Instant at = VoucherTest.NOW;
        Redemption redemption = new Redemption(VoucherTest.claimed(), UUID.randomUUID(), RedemptionMethod.SCAN, "clerk",
                "counter-1", "127.0.0.1", at);
        assertNull(redemption.voidedAt());
        redemption.voidAt(at.plus(WINDOW), WINDOW, "clerk", "wrong child");
        assertEquals(at.plus(WINDOW), redemption.voidedAt());
        assertEquals("wrong child", redemption.voidReason());
        assertThrows(RedemptionAlreadyVoidedException.class,
                () -> redemption.voidAt(at.plus(WINDOW), WINDOW, "clerk", "again"));
    }

    @Test
    void afterTheWindowItStands() {
        Instant at = VoucherTest.NOW;
        Redemption redemption = new Redemption(VoucherTest.claimed(), UUID.randomUUID(), RedemptionMethod.MANUAL,
                "clerk", null, null, at);
        assertThrows(VoidWindowClosedException.class,
                () -> redemption.voidAt(at.plus(WINDOW).plusMillis(1), WINDOW, "clerk", "late"));
        assertNull(redemption.voidedAt());
    }

    @Test
    void aCheckInRedemptionIsNeverVoidedAtTheCounter() {
        Instant at = VoucherTest.NOW;
        Redemption redemption = Redemption.atCheckIn(VoucherTest.claimed(), UUID.randomUUID(), RedemptionMethod.SCAN,
                "clerk", null, null, at);
        assertThrows(CheckInRedemptionException.class, () -> redemption.voidAt(at, WINDOW, "clerk", "mistake"));
        assertNull(redemption.voidedAt());
    }
}
