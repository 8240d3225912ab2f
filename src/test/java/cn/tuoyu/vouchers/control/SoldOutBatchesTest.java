package cn.tuoyu.vouchers.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class SoldOutBatchesTest {

    private final SoldOutBatches memory = new SoldOutBatches();
    private final UUID batch = UUID.randomUUID();
    private final Instant now = Instant.parse("2026-11-23T02:00:00Z");

    @Test
    void aSoldOutBatchIsRememberedForTwoSecondsOnly() {
        memory.soldOut(batch, now);

        assertTrue(memory.recentlySoldOut(batch, now.plusMillis(1999)));
        assertFalse(memory.recentlySoldOut(batch, now.plusSeconds(2)));
        assertFalse(memory.recentlySoldOut(batch, now.plusMillis(1)), "once expired, forgotten");
    }

    @Test
    void onlyTheBatchSeenSoldOut() {
        memory.soldOut(batch, now);

        assertFalse(memory.recentlySoldOut(UUID.randomUUID(), now));
    }

    @Test
    void aChangedBatchIsForgottenAtOnce() {
        memory.soldOut(batch, now);
        memory.forget(batch);

        assertFalse(memory.recentlySoldOut(batch, now));
    }
}
