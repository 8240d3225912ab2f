package cn.tuoyu.entitlements.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class LedgerEntryTest {

    static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");
    static final RuleVersion VERSION = new RuleVersion("320614", 1, LocalDate.of(2021, 1, 1), Instant.EPOCH,
            List.of(new EntitlementRule(ServiceKind.HOURLY_CARE, 13, 36, 4, WindowKind.CALENDAR_YEAR)));
    static final Window WINDOW = new Window(WindowKind.CALENDAR_YEAR, LocalDate.of(2026, 1, 1),
            LocalDate.of(2027, 1, 1));

    static LedgerEntry reserved() {
        return new LedgerEntry(UUID.randomUUID(), ServiceKind.HOURLY_CARE, VERSION, WINDOW, LedgerReason.VOUCHER,
                "voucher:1", false, NOW);
    }

    @Test
    void aReservationIsConsumedOnceAndAVoidReservesItAgain() {
        LedgerEntry entry = reserved();
        assertEquals(EntryState.RESERVED, entry.state());
        entry.consumeAt(NOW.plusSeconds(60));
        assertEquals(EntryState.CONSUMED, entry.state());
        assertEquals(NOW.plusSeconds(60), entry.consumedAt());
        assertThrows(ReservationNotActiveException.class, () -> entry.consumeAt(NOW));
        assertThrows(ReservationNotActiveException.class, () -> entry.releaseAt(NOW, LedgerReason.CANCELLATION),
                "a unit used is not given back");
        entry.unconsume();
        assertEquals(EntryState.RESERVED, entry.state());
        assertNull(entry.consumedAt());
        assertThrows(ReservationNotActiveException.class, entry::unconsume);
    }

    @Test
    void aReleasedReservationStaysReleased() {
        LedgerEntry entry = reserved();
        entry.releaseAt(NOW, LedgerReason.EXPIRY);
        assertEquals(EntryState.RELEASED, entry.state());
        assertEquals(LedgerReason.EXPIRY, entry.releaseReason());
        assertThrows(ReservationNotActiveException.class, () -> entry.releaseAt(NOW, LedgerReason.EXPIRY));
        assertThrows(ReservationNotActiveException.class, () -> entry.consumeAt(NOW));
    }

    @Test
    void onlyTakingReasonsTakeAndOnlyReleasingReasonsRelease() {
        assertThrows(IllegalArgumentException.class, () -> new LedgerEntry(UUID.randomUUID(),
                ServiceKind.HOURLY_CARE, VERSION, WINDOW, LedgerReason.EXPIRY, null, false, NOW));
        assertThrows(IllegalArgumentException.class, () -> reserved().releaseAt(NOW, LedgerReason.VOUCHER));
    }

    @Test
    void aDirectConsumptionIsConsumedAtOnceUnderTheVersionAndWindowThatGrantedIt() {
        LedgerEntry entry = new LedgerEntry(UUID.randomUUID(), ServiceKind.HOURLY_CARE, VERSION, WINDOW,
                LedgerReason.HOME_VISIT, null, true, NOW);
        assertEquals(EntryState.CONSUMED, entry.state());
        assertEquals(NOW, entry.consumedAt());
        assertEquals(1, entry.ruleVersion());
        assertEquals(WINDOW.start(), entry.windowStart());
        assertEquals(new EntitlementCounter.Key(entry.childId(), ServiceKind.HOURLY_CARE, WINDOW.start()),
                entry.counter());
    }
}
