package cn.tuoyu.entitlements.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import cn.tuoyu.entitlements.entity.LedgerEntry;

/** One line of a child's ledger. */
public record LedgerEntryView(UUID id, String serviceKind, String state, String reason, String reference,
        LocalDate windowStart, int ruleVersion, Instant reservedAt, Instant consumedAt, Instant releasedAt,
        String releaseReason) {

    static LedgerEntryView of(LedgerEntry e) {
        return new LedgerEntryView(e.id(), e.kind().name(), e.state().name(), e.reason().name(), e.reference(),
                e.windowStart(), e.ruleVersion(), e.reservedAt(), e.consumedAt(), e.releasedAt(),
                e.releaseReason() == null ? null : e.releaseReason().name());
    }
}
