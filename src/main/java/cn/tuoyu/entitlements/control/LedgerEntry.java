package cn.tuoyu.entitlements.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import cn.tuoyu.entitlements.entity.LedgerReason;
import cn.tuoyu.entitlements.entity.ServiceKind;

/** One reservation or direct consumption in a child's ledger, and what became of it. */
public record LedgerEntry(UUID id, UUID childId, ServiceKind kind, LocalDate windowStart, String state,
        LedgerReason reason, String reference, int ruleVersion, Instant reservedAt, Instant consumedAt,
        Instant releasedAt, LedgerReason releaseReason) {
}
