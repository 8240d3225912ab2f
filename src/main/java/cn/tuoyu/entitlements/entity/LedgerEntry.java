package cn.tuoyu.entitlements.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One unit of a child's entitlement taken under a rule version, in a window: RESERVED (a class booked, a voucher
 * claimed), CONSUMED (the service delivered), or RELEASED (cancelled, expired, a no-show that freed the seat), when
 * the unit goes back to the child's {@link EntitlementCounter}.
 */
@Entity
@Table(name = "entitlement_entries")
@NamedQuery(name = LedgerEntry.OF_CHILD,
        query = "SELECT e FROM LedgerEntry e WHERE e.childId = :child ORDER BY e.reservedAt DESC, e.id")
@NamedQuery(name = LedgerEntry.EARLIER, query = "SELECT e FROM LedgerEntry e WHERE e.childId = :child "
        + "AND e.kind = :kind AND e.reason = :reason AND e.reference = :reference AND e.state = :state")
@NamedQuery(name = LedgerEntry.RECEIVED, query = "SELECT e.childId, e.state, count(e) FROM LedgerEntry e "
        + "WHERE e.childId IN :children AND e.kind = :kind AND e.state IN :states AND e.windowStart <= :day "
        + "AND e.windowStart > :yearBefore GROUP BY e.childId, e.state")
public class LedgerEntry {

    /** A child's entries, newest first (parameter {@code child}). */
    public static final String OF_CHILD = "LedgerEntry.ofChild";
    /** Per child and state, how many units of a kind the children took in windows that started in the last year. */
    public static final String RECEIVED = "LedgerEntry.received";
    /** An active entry taken earlier for the same reference (child, kind, reason, reference, state). */
    public static final String EARLIER = "LedgerEntry.earlier";

    @Id
    private UUID id;
    @Column(name = "child_id")
    private UUID childId;
    @Enumerated(EnumType.STRING)
    @Column(name = "service_kind")
    private ServiceKind kind;
    @Column(name = "window_start")
    private LocalDate windowStart;
    @Column(name = "district_code")
    private String districtCode;
    @Column(name = "rule_version")
    private int ruleVersion;
    @Enumerated(EnumType.STRING)
    private EntryState state;
    @Enumerated(EnumType.STRING)
    private LedgerReason reason;
    private String reference;
    @Column(name = "reserved_at")
    private Instant reservedAt;
    @Column(name = "consumed_at")
    private Instant consumedAt;
    @Column(name = "released_at")
    private Instant releasedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "release_reason")
    private LedgerReason releaseReason;

    protected LedgerEntry() {
    }

    /**
     * A unit taken now under {@code version} in {@code window}: reserved, or with {@code consumed} consumed at once
     * (a visit recorded after it happened). The reason must be one that takes a unit.
     */
    public LedgerEntry(UUID childId, ServiceKind kind, RuleVersion version, Window window, LedgerReason reason,
            String reference, boolean consumed, Instant now) {
        if (!reason.takes()) {
            throw new IllegalArgumentException(reason + " does not take a unit");
        }
        this.id = UUID.randomUUID();
        this.childId = Objects.requireNonNull(childId);
        this.kind = Objects.requireNonNull(kind);
        this.windowStart = window.start();
        this.districtCode = version.districtCode();
        this.ruleVersion = version.version();
        this.state = consumed ? EntryState.CONSUMED : EntryState.RESERVED;
        this.reason = reason;
        this.reference = reference;
        this.reservedAt = now;
        this.consumedAt = consumed ? now : null;
    }

    /** The reserved unit is used. */
    public void consumeAt(Instant now) {
        requireState(EntryState.RESERVED);
        state = EntryState.CONSUMED;
        consumedAt = now;
    }

    /** A consumption that turned out not to have happened (a voided redemption): reserved again, still taken. */
    public void unconsume() {
        requireState(EntryState.CONSUMED);
        state = EntryState.RESERVED;
        consumedAt = null;
    }

    /** The reserved unit goes back to the child; the reason must be one that releases. */
    public void releaseAt(Instant now, LedgerReason why) {
        if (!why.releases()) {
            throw new IllegalArgumentException(why + " does not release a reservation");
        }
        requireState(EntryState.RESERVED);
        state = EntryState.RELEASED;
        releasedAt = now;
        releaseReason = why;
    }

    private void requireState(EntryState expected) {
        if (state != expected) {
            throw new ReservationNotActiveException();
        }
    }

    /** The counter this entry's unit is counted in. */
    public EntitlementCounter.Key counter() {
        return new EntitlementCounter.Key(childId, kind, windowStart);
    }

    public UUID id() {
        return id;
    }

    public UUID childId() {
        return childId;
    }

    public ServiceKind kind() {
        return kind;
    }

    public LocalDate windowStart() {
        return windowStart;
    }

    public EntryState state() {
        return state;
    }

    public LedgerReason reason() {
        return reason;
    }

    public String reference() {
        return reference;
    }

    public int ruleVersion() {
        return ruleVersion;
    }

    public Instant reservedAt() {
        return reservedAt;
    }

    public Instant consumedAt() {
        return consumedAt;
    }

    public Instant releasedAt() {
        return releasedAt;
    }

    public LedgerReason releaseReason() {
        return releaseReason;
    }
}
