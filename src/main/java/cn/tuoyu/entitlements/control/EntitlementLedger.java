package cn.tuoyu.entitlements.control;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import cn.tuoyu.entitlements.entity.EntitlementCounter;
import cn.tuoyu.entitlements.entity.EntitlementExhaustedException;
import cn.tuoyu.entitlements.entity.EntitlementRule;
import cn.tuoyu.entitlements.entity.EntryState;
import cn.tuoyu.entitlements.entity.LedgerEntry;
import cn.tuoyu.entitlements.entity.LedgerReason;
import cn.tuoyu.entitlements.entity.RuleVersion;
import cn.tuoyu.entitlements.entity.ServiceKind;
import cn.tuoyu.entitlements.entity.Window;
import cn.tuoyu.families.control.ChildDirectory;
import cn.tuoyu.families.control.ChildNotFoundException;
import cn.tuoyu.families.entity.Age;
import cn.tuoyu.families.entity.GuardedChild;
import cn.tuoyu.platform.time.ChinaTime;

/**
 * A child's entitlement ledger. Every unit taken (reserved or consumed directly) raises the child's counter for the
 * service kind and window ({@link EntitlementCounter#TAKE_ONE}), so PostgreSQL decides races for the last unit;
 * releasing a reservation gives the unit back. Remaining = count of the rule in force − active reservations −
 * consumptions within the window. An entry changes state only locked ({@link LedgerEntry} owns which changes are
 * allowed). All methods join the caller's transaction. Authorisation is the caller's business (resolve the child
 * through {@link ChildDirectory} first).
 */
@ApplicationScoped
@Transactional
public class EntitlementLedger {

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    @Inject
    ChildDirectory children;

    @Inject
    EntitlementRules rules;

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
        locked(reservationId).consumeAt(clock.instant());
    }

    /**
     * A consumption that turned out not to have happened (a voided voucher redemption) becomes a reservation again:
     * the unit stays taken, so the child cannot lose it to someone else's race in between.
     */
    public void unconsume(UUID reservationId) {
        locked(reservationId).unconsume();
    }

    /** The reserved unit goes back to the child's count (cancellation, expiry, a no-show that frees the seat). */
    public void release(UUID reservationId, LedgerReason reason) {
        LedgerEntry entry = locked(reservationId);
        entry.releaseAt(clock.instant(), reason);
        em.find(EntitlementCounter.class, entry.counter(), LockModeType.PESSIMISTIC_WRITE).giveBack();
    }

    /** Units of {@code kind} the child may still take at that instant (0 when no rule grants any). */
    public int remaining(UUID childId, ServiceKind kind, Instant at) {
        return entitlement(childId, kind, at).map(Entitlement::remaining).orElse(0);
    }

    /**
     * Units of {@code kind} each of these children may still take at that instant, as {@link #remaining(UUID,
     * ServiceKind, Instant)} counts them, read in a few queries however many children are asked about (a district's
     * working lists); unknown or anonymised children are left out.
     */
    public Map<UUID, Integer> remaining(Collection<UUID> childIds, ServiceKind kind, Instant at) {
        Map<UUID, Integer> remaining = new HashMap<>();
        if (childIds.isEmpty()) {
            return remaining;
        }
        LocalDate day = ChinaTime.dateOf(at);
        Map<String, List<RuleVersion>> versions = new HashMap<>();
        Map<UUID, Grant> grants = new HashMap<>();
        for (GuardedChild child : children.facts(childIds)) {
            remaining.put(child.id(), 0);
            grant(child, kind, day, versions.computeIfAbsent(child.districtCode(), rules::stored))
                    .ifPresent(g -> grants.put(child.id(), g));
        }
        Map<UUID, Integer> used = new HashMap<>();
        if (!grants.isEmpty()) {
            for (EntitlementCounter counter : em.createNamedQuery(EntitlementCounter.OF_CHILDREN,
                    EntitlementCounter.class).setParameter("children", grants.keySet()).setParameter("kind", kind)
                    .getResultList()) {
                if (counter.windowStart().equals(grants.get(counter.childId()).window().start())) {
                    used.put(counter.childId(), counter.used());
                }
            }
        }
        grants.forEach((child, g) -> remaining.put(child, Math.max(0, g.rule().sessions()
                - used.getOrDefault(child, 0))));
        return remaining;
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
        return entitlement.get().remaining() > 0
                ? Optional.empty()
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
        return em.createNamedQuery(LedgerEntry.OF_CHILD, LedgerEntry.class).setParameter("child", childId)
                .getResultList();
    }

    private Optional<Entitlement> entitlement(UUID childId, ServiceKind kind, Instant at) {
        GuardedChild child = children.facts(childId).orElseThrow(ChildNotFoundException::new);
        return grant(child, kind, ChinaTime.dateOf(at)).map(g -> {
            EntitlementCounter counter = em.find(EntitlementCounter.class,
                    new EntitlementCounter.Key(childId, kind, g.window().start()));
            int used = counter == null ? 0 : counter.used();
            return new Entitlement(g.rule(), g.version(), g.window(), used, Math.max(0, g.rule().sessions() - used));
        });
    }

    private record Grant(RuleVersion version, EntitlementRule rule, Window window) {
    }

    private Optional<Grant> grant(GuardedChild child, ServiceKind kind, LocalDate day) {
        return grant(child, kind, day, rules.stored(child.districtCode()));
    }

    private static Optional<Grant> grant(GuardedChild child, ServiceKind kind, LocalDate day,
            List<RuleVersion> versions) {
        int age = Age.inMonths(child.birthDate(), day);
        return RuleVersion.inForce(versions, day)
                .flatMap(v -> v.ruleFor(kind, age)
                        .map(r -> new Grant(v, r, r.window().around(child.birthDate(), day))));
    }

    private UUID take(UUID childId, ServiceKind kind, LedgerReason reason, String reference, boolean consume) {
        GuardedChild child = children.facts(childId).orElseThrow(ChildNotFoundException::new);
        Instant now = clock.instant();
        Grant grant = grant(child, kind, ChinaTime.dateOf(now)).orElseThrow(NotEntitledException::new);
        LedgerEntry entry = new LedgerEntry(childId, kind, grant.version(), grant.window(), reason, reference, consume,
                now);
        if (reference != null) {
            Optional<LedgerEntry> earlier = em.createNamedQuery(LedgerEntry.EARLIER, LedgerEntry.class)
                    .setParameter("child", childId).setParameter("kind", kind).setParameter("reason", reason)
                    .setParameter("reference", reference)
                    .setParameter("state", consume ? EntryState.CONSUMED : EntryState.RESERVED)
                    .getResultStream().findFirst();
            if (earlier.isPresent()) {
                return earlier.get().id();
            }
        }
        em.createNamedQuery(EntitlementCounter.OPEN).setParameter(1, childId).setParameter(2, kind.name())
                .setParameter(3, grant.window().start()).setParameter(4, grant.window().end())
                .setParameter(5, grant.rule().sessions()).executeUpdate();
        if (em.createNamedQuery(EntitlementCounter.TAKE_ONE).setParameter(1, childId).setParameter(2, kind.name())
                .setParameter(3, grant.window().start()).executeUpdate() != 1) {
            throw new EntitlementExhaustedException();
        }
        em.persist(entry);
        // written now, not at commit: callers keep the id in their own rows (a booking's reservation), which the
        // database checks against this one at once
        em.flush();
        return entry.id();
    }

    /** The entry, locked until the transaction ends; 404 when there is none. */
    private LedgerEntry locked(UUID id) {
        LedgerEntry entry = em.find(LedgerEntry.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (entry == null) {
            throw new ReservationNotFoundException();
        }
        return entry;
    }
}
