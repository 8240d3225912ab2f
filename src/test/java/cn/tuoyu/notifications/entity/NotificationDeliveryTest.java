package cn.tuoyu.notifications.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class NotificationDeliveryTest {

    private static final Retries RETRIES = new Retries(5, Duration.ofSeconds(30), Duration.ofMinutes(2));
    private static final Duration LEASE = Duration.ofSeconds(60);
    private static final Instant T0 = Instant.parse("2026-12-05T02:00:00Z");

    @Test
    void theBackoffDoublesFromTheFirstWaitUpToTheLongest() {
        assertEquals(List.of(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120),
                Duration.ofSeconds(120), Duration.ofSeconds(120)),
                List.of(1, 2, 3, 4, 5).stream().map(RETRIES::delayAfter).toList());
        assertEquals(Duration.ofHours(1), new Retries(8, Duration.ofSeconds(30), Duration.ofHours(1))
                .delayAfter(100), "no overflow however many attempts");
        assertThrows(IllegalArgumentException.class, () -> new Retries(0, Duration.ofSeconds(1),
                Duration.ofSeconds(1)));
    }

    @Test
    void aFailedAttemptIsQueuedAfterTheBackoffAndTheLastOneIsDead() {
        NotificationDelivery d = new NotificationDelivery(UUID.randomUUID(), ChannelKind.EMAIL, T0);
        Instant now = T0;
        for (int attempt = 1; attempt < 5; attempt++) {
            assertTrue(d.dueAt(now));
            d.leaseAt(now, LEASE);
            assertEquals(DeliveryState.SENDING, d.state());
            assertEquals(DeliveryState.QUEUED, d.failedAt(now, "SMTP: ConnectException", RETRIES));
            assertEquals(now.plus(RETRIES.delayAfter(attempt)), d.nextAttemptAt());
            assertFalse(d.dueAt(now), "not before the backoff");
            now = d.nextAttemptAt();
        }
        d.leaseAt(now, LEASE);
        assertEquals(DeliveryState.DEAD, d.failedAt(now, "SMTP: ConnectException", RETRIES));
        assertEquals(5, d.attempts());
        assertFalse(d.dueAt(now.plus(Duration.ofDays(1))), "the dead are never due");
        d.retryAt(now);
        assertEquals(DeliveryState.QUEUED, d.state());
        assertEquals(0, d.attempts());
        assertTrue(d.dueAt(now));
    }

    @Test
    void aLeaseThatRunsOutMakesTheDeliveryDueAgainAndItKeepsItsKey() {
        NotificationDelivery d = new NotificationDelivery(UUID.randomUUID(), ChannelKind.SMS, T0);
        String key = d.messageKey();
        d.leaseAt(T0, LEASE);
        assertFalse(d.dueAt(T0.plusSeconds(59)), "another instance holds it");
        assertTrue(d.dueAt(T0.plusSeconds(60)), "its instance died");
        d.leaseAt(T0.plusSeconds(60), LEASE);
        assertEquals(2, d.attempts());
        assertEquals(key, d.messageKey());
        assertTrue(d.sentAt(T0.plusSeconds(61)));
        assertFalse(d.sentAt(T0.plusSeconds(62)), "sent once");
        assertThrows(DeliveryNotDeadException.class, () -> d.retryAt(T0));
    }

    @Test
    void quietHoursHoldWithoutSpendingAnAttempt() {
        NotificationDelivery d = new NotificationDelivery(UUID.randomUUID(), ChannelKind.SMS, T0);
        d.holdUntil(T0.plus(Duration.ofHours(9)));
        assertEquals(0, d.attempts());
        assertFalse(d.dueAt(T0.plus(Duration.ofHours(8))));
        assertTrue(d.dueAt(T0.plus(Duration.ofHours(9))));
    }
}
