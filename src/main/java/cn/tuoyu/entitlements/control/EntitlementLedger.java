package cn.tuoyu.entitlements.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.tuoyu.entitlements.entity.EntitlementRule;
import cn.tuoyu.entitlements.entity.LedgerReason;
import cn.tuoyu.entitlements.entity.RuleVersion;
import cn.tuoyu.entitlements.entity.ServiceKind;
import cn.tuoyu.entitlements.entity.Window;
import cn.tuoyu.families.control.ChildDirectory;
import cn.tuoyu.families.control.ChildNotFoundException;
import cn.tuoyu.families.entity.Age;
import cn.tuoyu.families.entity.GuardedChild;
import cn.tuoyu.platform.persistence.TransactionDataSource;
import cn.tuoyu.platform.time.ChinaTime;

/**
 * A child's entitlement ledger. Every unit taken (reserved or consumed directly) increments the child's counter
 * row for the service kind and window with a conditional UPDATE, so PostgreSQL decides races for the last unit;
 * releasing a reservation gives the unit back. Remaining = count of the rule in force − active reservations −
 * consumptions within the window. All methods join the caller's transaction. Authorisation is the caller's business
 * (resolve the child through {@link ChildDirectory} first).
 */
@ApplicationScoped
@Transactional
public class EntitlementLedger {

    @Inject
    Clock clock;

    @Inject
    TransactionDataSource dataSource;

    @Inject
    ChildDirectory children;

    /** Reserves one unit now; returns the reservation id. Retrying with the same reference returns the same id. */
    public UUID reserve(UUID childId, ServiceKind kind, LedgerReason reason, String reference) {
        return take(childId, kind, reason, reference, false);
    }

    /** Takes one unit now, with no reservation before (e.g. a home visit recorded after it happened). */
    public UUID consumeDirectly(UUID childId, ServiceKind kind, LedgerReason reason, String reference) {
        return take(childId, kind, reason, reference, true);
    }

    /** The reserved unit is used: the reservation becomes a consumption. */
    public void consume(UUID reservationId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE entitlement_entries SET state = 'CONSUMED', consumed_at = ? "
                        + "WHERE id = ? AND state = 'RESERVED'")) {
            s.setTimestamp(1, Timestamp.from(clock.instant()));
            s.setObject(2, reservationId);
            if (s.executeUpdate() != 1) {
                throw inactiveOrMissing(c, reservationId);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A consumption that turned out not to have happened (a voided voucher redemption) becomes a reservation again:
     * the unit stays taken, so the child cannot lose it to someone else's race in between.
     */
    public void unconsume(UUID reservationId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE entitlement_entries SET state = 'RESERVED', consumed_at = NULL "
                        + "WHERE id = ? AND state = 'CONSUMED'")) {
            s.setObject(1, reservationId);
            if (s.executeUpdate() != 1) {
                throw inactiveOrMissing(c, reservationId);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The reserved unit goes back to the child's count (cancellation, expiry, a no-show that frees the seat). */
    public void release(UUID reservationId, LedgerReason reason) {
        if (!reason.releases()) {
            throw new IllegalArgumentException(reason + " does not release a reservation");
        }
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("UPDATE entitlement_entries SET state = 'RELEASED', "
                    + "released_at = ?, release_reason = ? WHERE id = ? AND state = 'RESERVED' "
                    + "RETURNING child_id, service_kind, window_start")) {
                s.setTimestamp(1, Timestamp.from(clock.instant()));
                s.setString(2, reason.name());
                s.setObject(3, reservationId);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw inactiveOrMissing(c, reservationId);
                    }
                    try (PreparedStatement u = c.prepareStatement("UPDATE entitlement_counters SET used = used - 1 "
                            + "WHERE child_id = ? AND service_kind = ? AND window_start = ?")) {
                        u.setObject(1, r.getObject(1, UUID.class));
                        u.setString(2, r.getString(2));
                        u.setObject(3, r.getObject(3, LocalDate.class));
                        u.executeUpdate();
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Units of {@code kind} the child may still take at that instant (0 when no rule grants any). */
    public int remaining(UUID childId, ServiceKind kind, Instant at) {
        return entitlement(childId, kind, at).map(Entitlement::remaining).orElse(0);
    }

    /**
     * The slug of the problem taking a unit of {@code kind} at that instant would answer with ({@link
     * NotEntitledException}, {@link EntitlementExhaustedException}), without taking it; empty when a unit is left.
     * For saying before a tap whether a child may book. Returned, not thrown, so that the caller's transaction is
     * not marked for rollback.
     */
    public Optional<String> unitRefusal(UUID childId, ServiceKind kind, Instant at) {
        Optional<Entitlement> entitlement = entitlement(childId, kind, at);
        if (entitlement.isEmpty()) {
            return Optional.of(new NotEntitledException().slug());
        }
        return entitlement.get().remaining() > 0 ? Optional.empty()
                : Optional.of(new EntitlementExhaustedException().slug());
    }

    /** Each service the child is entitled to at that instant, with what remains in which window. */
    public List<Entitlement> entitlements(UUID childId, Instant at) {
        List<Entitlement> all = new ArrayList<>();
        for (ServiceKind kind : ServiceKind.values()) {
            entitlement(childId, kind, at).ifPresent(all::add);
        }
        return all;
    }

    /** The child's ledger, newest first. */
    public List<LedgerEntry> entries(UUID childId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("SELECT id, "
                + "child_id, service_kind, window_start, state, reason, reference, rule_version, reserved_at, "
                + "consumed_at, released_at, release_reason FROM entitlement_entries WHERE child_id = ? "
                + "ORDER BY reserved_at DESC, id")) {
            s.setObject(1, childId);
            List<LedgerEntry> entries = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    entries.add(new LedgerEntry(r.getObject(1, UUID.class), r.getObject(2, UUID.class),
                            ServiceKind.valueOf(r.getString(3)), r.getObject(4, LocalDate.class), r.getString(5),
                            LedgerReason.valueOf(r.getString(6)), r.getString(7), r.getInt(8), instant(r, 9),
                            instant(r, 10), instant(r, 11),
                            r.getString(12) == null ? null : LedgerReason.valueOf(r.getString(12))));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<Entitlement> entitlement(UUID childId, ServiceKind kind, Instant at) {
        GuardedChild child = children.facts(childId).orElseThrow(ChildNotFoundException::new);
        LocalDate day = ChinaTime.dateOf(at);
        try (Connection c = dataSource.getConnection()) {
            Optional<Grant> grant = grant(c, child, kind, day);
            if (grant.isEmpty()) {
                return Optional.empty();
            }
            Grant g = grant.get();
            int used = 0;
            try (PreparedStatement s = c.prepareStatement("SELECT used FROM entitlement_counters "
                    + "WHERE child_id = ? AND service_kind = ? AND window_start = ?")) {
                s.setObject(1, childId);
                s.setString(2, kind.name());
                s.setObject(3, g.window().start());
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        used = r.getInt(1);
                    }
                }
            }
            return Optional.of(new Entitlement(g.rule(), g.version(), g.window(), used,
                    Math.max(0, g.rule().sessions() - used)));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Grant(RuleVersion version, EntitlementRule rule, Window window) {
    }

    private static Optional<Grant> grant(Connection c, GuardedChild child, ServiceKind kind, LocalDate day)
            throws SQLException {
        int age = Age.inMonths(child.birthDate(), day);
        return RuleVersion.inForce(EntitlementRules.load(c, child.districtCode()), day)
                .flatMap(v -> v.ruleFor(kind, age)
                        .map(r -> new Grant(v, r, r.window().around(child.birthDate(), day))));
    }

    private UUID take(UUID childId, ServiceKind kind, LedgerReason reason, String reference, boolean consume) {
        if (!reason.takes()) {
            throw new IllegalArgumentException(reason + " does not take a unit");
        }
        GuardedChild child = children.facts(childId).orElseThrow(ChildNotFoundException::new);
        Instant now = clock.instant();
        LocalDate day = ChinaTime.dateOf(now);
        try (Connection c = dataSource.getConnection()) {
            Grant grant = grant(c, child, kind, day).orElseThrow(NotEntitledException::new);
            if (reference != null) {
                Optional<UUID> earlier = earlier(c, childId, kind, reason, reference, consume);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO entitlement_counters AS k (child_id, "
                    + "service_kind, window_start, window_end, granted, used) VALUES (?, ?, ?, ?, ?, 0) "
                    + "ON CONFLICT (child_id, service_kind, window_start) "
                    + "DO UPDATE SET granted = GREATEST(EXCLUDED.granted, k.used)")) {
                s.setObject(1, childId);
                s.setString(2, kind.name());
                s.setObject(3, grant.window().start());
                s.setObject(4, grant.window().end());
                s.setInt(5, grant.rule().sessions());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE entitlement_counters SET used = used + 1 "
                    + "WHERE child_id = ? AND service_kind = ? AND window_start = ? AND used < granted")) {
                s.setObject(1, childId);
                s.setString(2, kind.name());
                s.setObject(3, grant.window().start());
                if (s.executeUpdate() != 1) {
                    throw new EntitlementExhaustedException();
                }
            }
            UUID id = UUID.randomUUID();
            try (PreparedStatement s = c.prepareStatement("INSERT INTO entitlement_entries (id, child_id, "
                    + "service_kind, window_start, district_code, rule_version, state, reason, reference, "
                    + "reserved_at, consumed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setObject(1, id);
                s.setObject(2, childId);
                s.setString(3, kind.name());
                s.setObject(4, grant.window().start());
                s.setString(5, grant.version().districtCode());
                s.setInt(6, grant.version().version());
                s.setString(7, consume ? "CONSUMED" : "RESERVED");
                s.setString(8, reason.name());
                s.setString(9, reference);
                s.setTimestamp(10, Timestamp.from(now));
                s.setTimestamp(11, consume ? Timestamp.from(now) : null);
                s.executeUpdate();
            }
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<UUID> earlier(Connection c, UUID childId, ServiceKind kind, LedgerReason reason,
            String reference, boolean consume) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM entitlement_entries WHERE child_id = ? "
                + "AND service_kind = ? AND reason = ? AND reference = ? AND state = ?")) {
            s.setObject(1, childId);
            s.setString(2, kind.name());
            s.setString(3, reason.name());
            s.setString(4, reference);
            s.setString(5, consume ? "CONSUMED" : "RESERVED");
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getObject(1, UUID.class)) : Optional.empty();
            }
        }
    }

    private static RuntimeException inactiveOrMissing(Connection c, UUID id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM entitlement_entries WHERE id = ?")) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? new ReservationNotActiveException() : new ReservationNotFoundException();
            }
        }
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        Timestamp t = r.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
