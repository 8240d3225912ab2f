package cn.tuoyu.guidance.control;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import cn.tuoyu.entitlements.control.EntitlementLedger;
import cn.tuoyu.entitlements.entity.LedgerReason;
import cn.tuoyu.entitlements.entity.ServiceKind;
import cn.tuoyu.families.control.ChildDirectory;
import cn.tuoyu.families.control.IdentityProtection;
import cn.tuoyu.families.entity.GuardedChild;
import cn.tuoyu.guidance.entity.HomeVisit;
import cn.tuoyu.guidance.entity.TimeWindow;
import cn.tuoyu.guidance.entity.VisitState;
import cn.tuoyu.platform.persistence.Jdbc;

/**
 * Home visits as families meet them: request one for a child (reserving a guidance unit), see it scheduled, confirm
 * the time or ask for another, cancel it while open. Which children a resident guards is the families feature's
 * answer ({@link ChildDirectory}).
 */
@ApplicationScoped
@Transactional
public class HomeVisits {

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    @Inject
    ChildDirectory children;

    @Inject
    EntitlementLedger ledger;

    @Inject
    IdentityProtection protection;

    /** A family's request: sub-district, address (seen only by the assignee and coordinators), preferred windows. */
    public FamilyVisit request(String guardian, UUID childId, String subDistrict, String address,
            List<TimeWindow> windows) {
        GuardedChild child = children.childOfGuardian(childId, guardian);
        Instant now = clock.instant();
        for (TimeWindow window : windows) {
            window.checkBookableAt(now);
        }
        requireNoOpenVisit(child.id());
        UUID id = UUID.randomUUID();
        UUID reservation = reserve(child.id(), id);
        HomeVisit visit = HomeVisit.requested(id, child.id(), child.districtCode(), guardian, subDistrict,
                protection.cipher().encryptAddress(id, address), windows, reservation, now);
        insert(visit);
        return seenByFamily(visit);
    }

    /**
     * Per child the resident guards: whether a home visit may be requested now and, if not, the refusal the request
     * would give (a visit already open, no or no more guidance sessions).
     */
    public List<ChildEligibility> eligibility(String guardian) {
        Instant now = clock.instant();
        List<ChildEligibility> all = new ArrayList<>();
        for (GuardedChild kid : children.childrenOfGuardian(guardian)) {
            String refusal = hasOpenVisit(kid.id()) ? new VisitAlreadyOpenException().slug() : null;
            if (refusal == null) {
                refusal = ledger.unitRefusal(kid.id(), ServiceKind.GUIDANCE_SESSION, now).orElse(null);
            }
            all.add(ChildEligibility.of(kid.id(), refusal));
        }
        return all;
    }

    /** Visits of every child the resident guards, newest first. */
    public List<HomeVisit> mine(String guardian) {
        Set<UUID> guarded = children.idsOfGuardian(guardian);
        if (guarded.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(HomeVisit.OF_CHILDREN, HomeVisit.class).setParameter("children", guarded)
                .getResultList();
    }

    /** {@link #mine}, with the addresses the family gave. */
    public List<FamilyVisit> mineWithAddresses(String guardian) {
        return mine(guardian).stream().map(this::seenByFamily).toList();
    }

    public FamilyVisit confirm(String guardian, UUID visitId) {
        HomeVisit visit = lockedOfGuardian(visitId, guardian);
        visit.confirm();
        return seenByFamily(visit);
    }

    public FamilyVisit askToReschedule(String guardian, UUID visitId, String note) {
        HomeVisit visit = lockedOfGuardian(visitId, guardian);
        visit.askToReschedule(note);
        return seenByFamily(visit);
    }

    /** The family cancels an open visit: the reserved unit goes back to the child. */
    public FamilyVisit cancel(String guardian, UUID visitId) {
        HomeVisit visit = lockedOfGuardian(visitId, guardian);
        cancel(visit);
        return seenByFamily(visit);
    }

    /**
     * The children's data is being erased (consent withdrawn): their open visits are cancelled as the family's
     * cancellation does (unit released), and the family's address and notes are erased from all their visits.
     */
    void cancelForErasure(Collection<UUID> childIds) {
        List<HomeVisit> visits = em.createNamedQuery(HomeVisit.ALL_OF_CHILDREN, HomeVisit.class)
                .setParameter("children", Set.copyOf(childIds)).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        for (HomeVisit visit : visits) {
            if (visit.state().open()) {
                cancel(visit);
            }
            visit.eraseFamilyData();
        }
    }

    /** Cancels an open visit: the reserved unit goes back to the child. */
    private void cancel(HomeVisit visit) {
        visit.cancel(clock.instant());
        ledger.release(visit.reservationId(), LedgerReason.CANCELLATION);
    }

    /** The visit of a child this resident guards, locked for change; 404 otherwise. */
    private HomeVisit lockedOfGuardian(UUID visitId, String guardian) {
        HomeVisit visit = em.find(HomeVisit.class, visitId, LockModeType.PESSIMISTIC_WRITE);
        if (visit == null || !children.guards(guardian, visit.childId())) {
            throw new VisitNotFoundException();
        }
        children.childOfGuardian(visit.childId(), guardian);
        return visit;
    }

    private FamilyVisit seenByFamily(HomeVisit visit) {
        return new FamilyVisit(visit, address(visit));
    }

    /** The visit's address in plain text, or null when none is held. */
    String address(HomeVisit visit) {
        byte[] sealed = visit.addressCipher();
        return sealed == null ? null : protection.cipher().decryptAddress(visit.id(), sealed);
    }

    /** Reserves the child's guidance unit the visit {@code visitId} will hold. */
    UUID reserve(UUID childId, UUID visitId) {
        return ledger.reserve(childId, ServiceKind.GUIDANCE_SESSION, LedgerReason.HOME_VISIT, "home-visit:" + visitId);
    }

    /**
     * Writes a new open visit at once; PostgreSQL refuses a second open visit for the child (the unique index
     * {@code home_visits_open_per_child}), which a request racing this one meets here: 409.
     */
    void insert(HomeVisit visit) {
        try {
            em.persist(visit);
            em.flush();
        } catch (PersistenceException e) {
            if (Jdbc.uniqueViolation(e)) {
                throw new VisitAlreadyOpenException();
            }
            throw e;
        }
    }

    /** 409 when the child has an open visit already (checked before a unit is reserved for another). */
    void requireNoOpenVisit(UUID childId) {
        if (hasOpenVisit(childId)) {
            throw new VisitAlreadyOpenException();
        }
    }

    private boolean hasOpenVisit(UUID childId) {
        return em.createNamedQuery(HomeVisit.COUNT_OPEN_OF_CHILD, Long.class).setParameter("child", childId)
                .setParameter("open", VisitState.OPEN).getSingleResult() > 0;
    }
}
