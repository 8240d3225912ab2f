package cn.tuoyu.vouchers.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class BatchStatusTest {

    @Test
    void aBatchIsOfferedExactlyTheStatusesItMayBecome() {
        assertEquals(List.of(BatchStatus.PUBLISHED, BatchStatus.CLOSED), BatchStatus.DRAFT.next());
        assertEquals(List.of(BatchStatus.PAUSED, BatchStatus.CLOSED), BatchStatus.PUBLISHED.next());
        assertEquals(List.of(BatchStatus.PUBLISHED, BatchStatus.CLOSED), BatchStatus.PAUSED.next());
        assertEquals(List.of(), BatchStatus.CLOSED.next());
        for (BatchStatus from : BatchStatus.values()) {
            for (BatchStatus to : BatchStatus.values()) {
                assertEquals(from.next().contains(to), from.mayBecome(to), from + " → " + to);
            }
        }
    }

    @Test
    void theQuantityMayChangeUntilTheBatchIsClosed() {
        assertTrue(BatchStatus.DRAFT.mayResize());
        assertTrue(BatchStatus.PUBLISHED.mayResize());
        assertTrue(BatchStatus.PAUSED.mayResize());
        assertFalse(BatchStatus.CLOSED.mayResize());
    }
}
