package cn.tuoyu.guidance.control;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import cn.tuoyu.entitlements.control.EntitlementLedger;
import cn.tuoyu.entitlements.entity.EntitlementExhaustedException;
import cn.tuoyu.entitlements.entity.ServiceKind;
import cn.tuoyu.families.control.ChildDirectory;
import cn.tuoyu.families.entity.GuardedChild;
import cn.tuoyu.guidance.entity.Booking;
import cn.tuoyu.guidance.entity.ParentClass;
import cn.tuoyu.guidance.entity.WaitlistAction;
import cn.tuoyu.guidance.entity.WaitlistEntry;
import cn.tuoyu.guidance.entity.WaitlistState;
import cn.tuoyu.notifications.entity.NoticeKind;
import cn.tuoyu.platform.persistence.InstantConverter;
import cn.tuoyu.platform.persistence.Jdbc;

/**
 * Waitlists of full classes. A freed seat is not given back to the counter while someone waits: the first waiting
 * child (in order of joining) is offered it for the district's hold time (no later than the booking cutoff); the
 * seat stays counted as taken while the offer is open. Accepting books it; expiry or withdrawal passes it on.
 * Offers expire on any app instance: due offers are claimed with SKIP LOCKED ({@link WaitlistEntry#LOCK_DUE_OFFERS}).
 * A place is changed only once locked, so the state it is changed from is its latest.
 */
@ApplicationScoped
@Transactional
public class Waitlist {

    private static final int DUE_OFFERS_PER_RUN = 200;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    @Inject
    ChildDirectory children;

    @Inject
    EntitlementLedger ledger;

    @Inject
    ParentClasses classes;

    @Inject
    ClassBookings bookings;

    @Inject
    DistrictGuidanceRules rules;

    @Inject
    FamilyNotices notices;

    /** Puts a child on a full class's waitlist; it must be admissible and have a guidance unit left. */
    public WaitlistPlace join(UUID classId, UUID childId, String guardian) {
        GuardedChild child = children.childOfGuardian(childId, guardian);
        ParentClass clazz = classes.find(classId);
        Instant now = clock.instant();
        bookings.checkAdmission(clazz, child, now);
        clazz.checkFull();
        if (ledger.remaining(child.id(), ServiceKind.GUIDANCE_SESSION, now) <= 0) {
            throw new EntitlementExhaustedException();
        }
        WaitlistEntry entry = new WaitlistEntry(clazz, child.id(), guardian, now);
        try {
            em.persist(entry);
            em.flush();
        } catch (PersistenceException e) {
            if (Jdbc.uniqueViolation(e)) {
                throw new AlreadyOnWaitlistException();
            }
            throw e;
        }
        return WaitlistPlace.of(entry, clazz, position(entry), now);
    }

    /** The resident's waitlist entries, open ones first. */
    public List<WaitlistPlace> mine(String guardian) {
        Instant now = clock.instant();
        Map<UUID, Long> positions = em.createNamedQuery(WaitlistEntry.POSITIONS_OF_GUARDIAN, Object[].class)
                .setParameter("guardian", guardian).setParameter("waiting", WaitlistState.WAITING).getResultList()
                .stream().collect(Collectors.toMap(row -> (UUID) row[0], row -> ((Number) row[1]).longValue()));
        return em.createNamedQuery(WaitlistEntry.OF_GUARDIAN, Object[].class).setParameter("guardian", guardian)
                .getResultList().stream()
                .map(row -> WaitlistPlace.of((WaitlistEntry) row[0], (ParentClass) row[1],
                        positions.getOrDefault(((WaitlistEntry) row[0]).id(), 0L), now))
                .sorted(Comparator.comparing(place -> !place.state().open()))
                .toList();
    }

    /** Accepts an open offer: the held seat becomes the child's booking (reserving its guidance unit). */
    public BookedSeat accept(UUID entryId, String guardian) {
        WaitlistEntry entry = locked(entryId, guardian);
        Instant now = clock.instant();
        entry.checkOfferOpenAt(now);
        GuardedChild child = children.childOfGuardian(entry.childId(), guardian);
        ParentClass clazz = em.find(ParentClass.class, entry.classId());
        bookings.checkAdmission(clazz, child, now);
        Booking booking = bookings.insert(clazz, child.id(), guardian);
        entry.acceptAt(booking, now);
        return BookedSeat.of(booking, clazz, now);
    }

    /** Leaves the waitlist; an open offer passes to the next child waiting. */
    public WaitlistPlace withdraw(UUID entryId, String guardian) {
        WaitlistEntry entry = locked(entryId, guardian);
        ParentClass clazz = em.find(ParentClass.class, entry.classId());
        leave(entry, clazz);
        return WaitlistPlace.of(entry, clazz, 0, clock.instant());
    }

    /** The children's data is being erased (consent withdrawn): their open places are withdrawn as above. */
    void withdrawForErasure(Collection<UUID> childIds) {
        List<WaitlistEntry> open = em.createNamedQuery(WaitlistEntry.OPEN_OF_CHILDREN, WaitlistEntry.class)
                .setParameter("children", childIds).setParameter("open", WaitlistState.OPEN)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        for (WaitlistEntry entry : open) {
            leave(entry, em.find(ParentClass.class, entry.classId()));
        }
    }

    /**
     * Closes a locked open place as withdrawn; an open offer passes to the next child waiting. The state acted on is
     * the place's as locked: an offer made to it a moment ago is seen and its seat passed on, never kept by nobody.
     */
    private void leave(WaitlistEntry entry, ParentClass clazz) {
        if (entry.withdrawAt(clock.instant())) {
            passOn(clazz);
        }
    }

    /**
     * Ends every offer whose hold has run out (or whose class stopped taking bookings) and passes each seat on, and
     * closes the places still waiting for classes past their cutoff; safe to run on every instance at once (offers
     * are claimed with FOR UPDATE SKIP LOCKED, places still waiting change only while WAITING). Returns how many
     * expired.
     */
    public int expireOffers(Instant now) {
        List<?> due = em.createNamedQuery(WaitlistEntry.LOCK_DUE_OFFERS).setParameter(1, WaitlistState.OFFERED.name())
                .setParameter(2, InstantConverter.column(now)).setParameter(3, DUE_OFFERS_PER_RUN).getResultList();
        for (Object id : due) {
            WaitlistEntry offer = em.find(WaitlistEntry.class, id, LockModeType.PESSIMISTIC_WRITE);
            offer.expireAt(now);
            ParentClass clazz = em.find(ParentClass.class, offer.classId());
            notices.aboutClass(offer.childId(), clazz, NoticeKind.WAITLIST_OFFER_EXPIRED,
                    "waitlist-offer-expired:" + offer.id(), null);
            passOn(clazz, now);
        }
        // the state machine lets a waiting place expire; the UPDATE's WHERE state = WAITING is the database's guard
        WaitlistState.WAITING.after(WaitlistAction.EXPIRE);
        em.flush();
        return due.size() + em.createNamedQuery(WaitlistEntry.EXPIRE_WAITING_OF_CLOSED_CLASSES)
                .setParameter("expired", WaitlistState.EXPIRED).setParameter("waiting", WaitlistState.WAITING)
                .setParameter("now", now).executeUpdate();
    }

    /**
     * A seat of this class was freed: offer it to the first child waiting (seat stays taken), or give it back to the
     * counter when nobody waits or bookings have closed.
     */
    void passOn(ParentClass clazz) {
        passOn(clazz, clock.instant());
    }

    private void passOn(ParentClass clazz, Instant now) {
        if (clazz.bookableAt(now)) {
            em.flush();
            List<?> next = em.createNamedQuery(WaitlistEntry.LOCK_NEXT_WAITING).setParameter(1, clazz.id())
                    .setParameter(2, WaitlistState.WAITING.name()).getResultList();
            if (!next.isEmpty()) {
                WaitlistEntry entry = em.find(WaitlistEntry.class, next.get(0), LockModeType.PESSIMISTIC_WRITE);
                entry.offerAt(now, clazz.offerExpiry(now, rules.offerHold(clazz.districtCode())));
                notices.aboutClass(entry.childId(), clazz, NoticeKind.WAITLIST_OFFER, "waitlist-offer:" + entry.id(),
                        entry.offerExpiresAt());
                return;
            }
        }
        em.createNamedQuery(ParentClass.GIVE_SEAT_BACK).setParameter(1, clazz.id()).executeUpdate();
        clazz.seatGivenBack();
    }

    /** The place, locked, if the guardian holds it; 404 otherwise. */
    private WaitlistEntry locked(UUID entryId, String guardian) {
        WaitlistEntry entry = em.find(WaitlistEntry.class, entryId, LockModeType.PESSIMISTIC_WRITE);
        if (entry == null || !entry.heldBy(guardian)) {
            throw new WaitlistEntryNotFoundException();
        }
        return entry;
    }

    private long position(WaitlistEntry entry) {
        return em.createNamedQuery(WaitlistEntry.POSITION, Long.class).setParameter("id", entry.id())
                .setParameter("waiting", WaitlistState.WAITING).getSingleResult();
    }
}
