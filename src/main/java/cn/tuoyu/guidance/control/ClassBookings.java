package cn.tuoyu.guidance.control;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import cn.tuoyu.families.entity.GuardedChild;
import cn.tuoyu.guidance.entity.Booking;
import cn.tuoyu.guidance.entity.BookingState;
import cn.tuoyu.guidance.entity.ClassFullException;
import cn.tuoyu.guidance.entity.NoShowRule;
import cn.tuoyu.guidance.entity.ParentClass;
import cn.tuoyu.notifications.control.Notice;
import cn.tuoyu.notifications.control.Notifications;
import cn.tuoyu.notifications.control.Recipients;
import cn.tuoyu.notifications.entity.NoticeKind;
import cn.tuoyu.platform.persistence.InstantConverter;
import cn.tuoyu.platform.persistence.Jdbc;
import cn.tuoyu.platform.security.Caller;
import cn.tuoyu.platform.security.Roles;

/**
 * Seats in parent classes. A booking reserves one guidance unit of the child and takes a seat with a conditional
 * UPDATE on the class's seat counter ({@link ParentClass#TAKE_SEAT}) as its last statement: PostgreSQL decides who
 * gets the last seat, the loser's whole transaction (reservation included) rolls back, and the class row stays locked
 * only until commit. Cancellation before the cutoff gives both back (the seat goes to the waitlist first); attendance
 * consumes the unit, a no-show consumes or releases it as the district's rule says.
 */
@ApplicationScoped
@Transactional
public class ClassBookings {

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
    Waitlist waitlist;

    @Inject
    DistrictGuidanceRules rules;

    @Inject
    Caller caller;

    @Inject
    Notifications notifications;

    @Inject
    FamilyNotices notices;

    /** Books a seat for a child the resident guards. */
    public BookedSeat book(UUID classId, UUID childId, String guardian) {
        GuardedChild child = children.childOfGuardian(childId, guardian);
        ParentClass clazz = classes.find(classId);
        Instant now = clock.instant();
        checkAdmission(clazz, child, now);
        clazz.checkSeatLeft();
        Booking booking = insert(clazz, child.id(), guardian);
        notifications.tell(new Notice(Recipients.people(children.guardiansOf(child.id())),
                NoticeKind.BOOKING_CONFIRMED, "booking-confirmed:" + booking.id(), Map.of("child", child.maskedName(),
                        "class", clazz.topic(), "at", Notice.chinaTime(clazz.startsAt())),
                "/bookings", false, null, clazz.districtCode(), child.id()));
        // last, so that the class row is locked only until commit: the conditional UPDATE decides the race
        if (em.createNamedQuery(ParentClass.TAKE_SEAT).setParameter(1, classId)
                .setParameter(2, InstantConverter.column(now)).executeUpdate() != 1) {
            throw new ClassFullException();
        }
        clazz.seatTaken();
        return BookedSeat.of(booking, clazz, now);
    }

    /**
     * For a signed-in resident, per class and per child they guard: whether the child may book now and, if not, the
     * refusal booking would give (booking closed, other district, age band, already booked, no or no more guidance
     * sessions). Empty for anyone else, and for a resident without consent or children.
     */
    public Map<UUID, List<ChildEligibility>> eligibility(List<ParentClass> classes) {
        if (!caller.hasRole(Roles.RESIDENT)) {
            return Map.of();
        }
        List<GuardedChild> kids = children.childrenOfGuardian(caller.subject());
        Instant now = clock.instant();
        Map<UUID, String> units = new HashMap<>();
        for (GuardedChild kid : kids) {
            units.put(kid.id(), ledger.unitRefusal(kid.id(), ServiceKind.GUIDANCE_SESSION, now).orElse(null));
        }
        Map<UUID, List<ChildEligibility>> all = new HashMap<>();
        for (ParentClass clazz : classes) {
            List<ChildEligibility> each = new ArrayList<>();
            for (GuardedChild kid : kids) {
                String refusal = ChildEligibility.refusal(() -> checkAdmission(clazz, kid, now));
                each.add(ChildEligibility.of(kid.id(), refusal != null ? refusal : units.get(kid.id())));
            }
            all.put(clazz.id(), each);
        }
        return all;
    }

    /** Cancels the resident's booking before the cutoff: the unit is released, the seat offered to the waitlist. */
    public BookedSeat cancel(UUID bookingId, String guardian) {
        Booking booking = em.createNamedQuery(Booking.OF_GUARDIAN_BY_ID, Booking.class).setParameter("id", bookingId)
                .setParameter("guardian", guardian).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream()
                .findFirst().orElseThrow(BookingNotFoundException::new);
        ParentClass clazz = em.find(ParentClass.class, booking.classId());
        Instant now = clock.instant();
        booking.cancelAt(clazz, now);
        giveBack(booking, clazz);
        notices.aboutClass(booking.childId(), clazz, NoticeKind.BOOKING_CANCELLED, "booking-cancelled:" + bookingId,
                null);
        return BookedSeat.of(booking, clazz, now);
    }

    /**
     * The children's data is being erased (consent withdrawn): each of their bookings of a class not yet started is
     * cancelled as a family's cancellation is — unit released, seat offered to the waitlist — even past the cutoff
     * (the seat then goes back to the counter). Bookings of classes under way are left to the staff's attendance.
     */
    void cancelForErasure(Collection<UUID> childIds) {
        Instant now = clock.instant();
        List<Booking> open = em.createNamedQuery(Booking.OPEN_OF_CHILDREN_BEFORE_START, Booking.class)
                .setParameter("children", childIds).setParameter("booked", BookingState.BOOKED)
                .setParameter("now", now).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        for (Booking booking : open) {
            booking.cancelForErasureAt(now);
            giveBack(booking, em.find(ParentClass.class, booking.classId()));
        }
    }

    /** A cancelled booking: the unit goes back to the child, the seat to the first family waiting. */
    private void giveBack(Booking booking, ParentClass clazz) {
        ledger.release(booking.reservationId(), LedgerReason.CANCELLATION);
        waitlist.passOn(clazz);
    }

    /** Staff of the class's district record attendance once the class has started. */
    public BookedSeat recordAttendance(String district, UUID classId, UUID bookingId, boolean attended) {
        ParentClass clazz = classes.ofDistrict(district, classId);
        Booking booking = em.find(Booking.class, bookingId, LockModeType.PESSIMISTIC_WRITE);
        if (booking == null || !booking.of(classId)) {
            throw new BookingNotFoundException();
        }
        Instant now = clock.instant();
        booking.recordAttendanceAt(clazz, attended, now);
        if (attended || rules.noShow(district) == NoShowRule.CONSUME) {
            ledger.consume(booking.reservationId());
        } else {
            ledger.release(booking.reservationId(), LedgerReason.NO_SHOW);
        }
        return BookedSeat.of(booking, clazz, now);
    }

    /** The resident's bookings, soonest class first. */
    public List<BookedSeat> mine(String guardian) {
        Instant now = clock.instant();
        return em.createNamedQuery(Booking.OF_GUARDIAN, Object[].class).setParameter("guardian", guardian)
                .getResultList().stream().map(row -> BookedSeat.of((Booking) row[0], (ParentClass) row[1], now))
                .toList();
    }

    /** What any seat (booked or offered) requires: the class admits the child, who has no seat in it yet. */
    void checkAdmission(ParentClass clazz, GuardedChild child, Instant now) {
        clazz.checkAdmits(child, now);
        if (em.createNamedQuery(Booking.COUNT_LIVE_OF_CHILD, Long.class).setParameter("class", clazz.id())
                .setParameter("child", child.id()).setParameter("cancelled", BookingState.CANCELLED)
                .getSingleResult() > 0) {
            throw new ChildAlreadyBookedException();
        }
    }

    /**
     * Reserves the child's unit and records the booking; the seat is counted by the caller. A second live booking of
     * the child in the class (a double tap racing itself) is refused by the database's unique index: 409.
     */
    Booking insert(ParentClass clazz, UUID childId, String guardian) {
        UUID id = UUID.randomUUID();
        UUID reservation = ledger.reserve(childId, ServiceKind.GUIDANCE_SESSION, LedgerReason.CLASS_BOOKING,
                "class-booking:" + id);
        Booking booking = new Booking(id, clazz, childId, guardian, reservation, clock.instant());
        try {
            em.persist(booking);
            em.flush();
        } catch (PersistenceException e) {
            if (Jdbc.uniqueViolation(e)) {
                throw new ChildAlreadyBookedException();
            }
            throw e;
        }
        return booking;
    }
}
