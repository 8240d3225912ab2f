package cn.tuoyu.hourlycare.control;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import cn.tuoyu.facilities.control.FacilityStanding;
import cn.tuoyu.facilities.control.FacilitySummary;
import cn.tuoyu.families.control.ChildDirectory;
import cn.tuoyu.families.entity.ChildOutsideAgeBandException;
import cn.tuoyu.families.entity.GuardedChild;
import cn.tuoyu.hourlycare.entity.CareAuditLine.Action;
import cn.tuoyu.hourlycare.entity.CareSchedule;
import cn.tuoyu.hourlycare.entity.CareSession;
import cn.tuoyu.hourlycare.entity.CareSlot;
import cn.tuoyu.hourlycare.entity.DistrictCareRule;
import cn.tuoyu.hourlycare.entity.GuardianPass;
import cn.tuoyu.hourlycare.entity.PickupPerson;
import cn.tuoyu.hourlycare.entity.SlotFullException;
import cn.tuoyu.hourlycare.entity.SlotTimes;
import cn.tuoyu.notifications.entity.NoticeKind;
import cn.tuoyu.platform.persistence.InstantConverter;
import cn.tuoyu.platform.persistence.Jdbc;
import cn.tuoyu.platform.time.ChinaTime;
import cn.tuoyu.vouchers.control.SessionVouchers;
import cn.tuoyu.vouchers.entity.ManualCode;
import cn.tuoyu.vouchers.entity.RotatingCode;

/**
 * A family's side of hourly care: book a slot for a child (a place taken from the slot's counter, where PostgreSQL
 * decides the last one; paid by holding one of the child's vouchers or, where the district's rule allows, by
 * reserving a unit of the hourly-care entitlement), cancel before the district's cutoff (place and payment given
 * back), the pass to show at drop-off and pick-up, the people named to pick up, and the family's sessions with the
 * entitlement left. A child in two sessions at once is refused by the database (exclusion constraint).
 */
@ApplicationScoped
@Transactional
public class CareBookings {

    /** A session as its family sees it. */
    public record FamilySession(CareSession session, String childMaskedName, String facilityName,
            List<PickupPerson> pickups) {
    }

    /** A child with the hourly-care units left this entitlement year. */
    public record ChildEntitlement(UUID childId, String maskedName, int ageInMonths, int remaining) {
    }

    /** The guardian's pass for a session now: the rotating code and the manual code. */
    public record Pass(UUID sessionId, RotatingCode code, ManualCode manualCode) {
    }

    /**
     * A pick-up person just named, with their one-time code (never stored but as a hash): sent to their phone by SMS
     * ({@code sentBySms}), or, SMS being off, for the guardian to pass on (shown once).
     */
    public record NamedPickup(PickupPerson person, ManualCode code, boolean sentBySms) {
    }

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    @Inject
    ChildDirectory children;

    @Inject
    FacilityStanding standing;

    @Inject
    CareSchedules schedules;

    @Inject
    CareRules rules;

    @Inject
    SessionVouchers vouchers;

    @Inject
    EntitlementLedger ledger;

    @Inject
    CareAudit audit;

    @Inject
    CareNotices notices;

    /** Books the slot starting at {@code start} for the guardian's child, paid with the voucher or the entitlement. */
    public FamilySession book(String guardian, UUID facilityId, UUID childId, Instant start, UUID voucherId) {
        Instant now = clock.instant();
        GuardedChild child = children.childOfGuardian(childId, guardian);
        FacilitySummary facility = standing.lookup(facilityId).orElseThrow(ScheduleNotFoundException::new);
        if (!facility.offersHourlyCare() || !standing.mayRedeemToday(facilityId)) {
            throw new FacilityNotBookableException();
        }
        CareSchedule schedule = schedules.of(facilityId);
        SlotTimes slot = schedule.slotAt(start).orElseThrow(NoSuchSlotException::new);
        LocalDate day = ChinaTime.dateOf(slot.start());
        int age = child.ageInMonths(day);
        if (!schedule.takesAge(age)) {
            throw new ChildOutsideAgeBandException();
        }
        UUID id = UUID.randomUUID();
        CareSession.Payment payment = pay(guardian, child, facility, id, voucherId, age, day);
        UUID slotId = takePlace(schedule, slot);
        CareSession session = CareSession.book(id, facilityId, facility.districtCode(), slotId, slot, childId,
                guardian, payment, now);
        try {
            em.persist(session);
            em.flush();
        } catch (PersistenceException e) {
            if (Jdbc.exclusionViolation(e)) {
                throw new ChildAlreadyInSessionException();
            }
            throw e;
        }
        audit.record(Action.BOOKED, id, facilityId, guardian, voucherId == null ? "entitlement" : "voucher");
        notices.about(session, NoticeKind.CARE_BOOKED, "booked");
        return new FamilySession(session, child.maskedName(), facility.name(), List.of());
    }

    private CareSession.Payment pay(String guardian, GuardedChild child, FacilitySummary facility, UUID sessionId,
            UUID voucherId, int age, LocalDate day) {
        if (voucherId != null) {
            SessionVouchers.Held held = vouchers.hold(guardian, voucherId, child.id(), facility.id(),
                    facility.districtCode(), age);
            return CareSession.Payment.voucher(held.voucherId(), held.batchId(), held.careHours());
        }
        if (!rules.inForce(facility.districtCode(), day).entitlementDirect()) {
            throw new VoucherRequiredException();
        }
        return CareSession.Payment.entitlement(ledger.reserve(child.id(), ServiceKind.HOURLY_CARE,
                LedgerReason.HOURLY_CARE, "hourly-care:" + sessionId));
    }

    /** Takes a place of the slot: its counter is written on first use, and PostgreSQL refuses a place too many. */
    private UUID takePlace(CareSchedule schedule, SlotTimes slot) {
        em.createNamedQuery(CareSlot.OPEN).setParameter(1, UUID.randomUUID()).setParameter(2, schedule.facilityId())
                .setParameter(3, InstantConverter.column(slot.start()))
                .setParameter(4, InstantConverter.column(slot.end())).setParameter(5, schedule.places())
                .executeUpdate();
        int taken = em.createNamedQuery(CareSlot.TAKE_PLACE).setParameter(1, schedule.facilityId())
                .setParameter(2, InstantConverter.column(slot.start())).executeUpdate();
        if (taken == 0) {
            throw new SlotFullException();
        }
        return em.createNamedQuery(CareSlot.AT, CareSlot.class).setParameter("facility", schedule.facilityId())
                .setParameter("start", slot.start()).getSingleResult().id();
    }

    /** Cancels before the district's cutoff: the place goes back to the slot, the voucher or unit to the child. */
    public FamilySession cancel(String guardian, UUID sessionId) {
        CareSession session = ofFamily(guardian, sessionId);
        DistrictCareRule rule = rules.inForce(session.districtCode(), ChinaTime.dateOf(session.startsAt()));
        session.cancelAt(clock.instant(), rule.cancelCutoff());
        giveBack(session);
        audit.record(Action.CANCELLED, sessionId, session.facilityId(), guardian, null);
        notices.about(session, NoticeKind.CARE_CANCELLED, "cancelled");
        return family(session);
    }

    /** The place and the payment of a session that will not happen go back. */
    void giveBack(CareSession session) {
        em.createNamedQuery(CareSlot.GIVE_PLACE_BACK).setParameter(1, session.slotId()).executeUpdate();
        if (session.voucherId() != null) {
            vouchers.release(session.voucherId());
        } else {
            ledger.release(session.reservationId(), LedgerReason.CANCELLATION);
        }
    }

    /** The sessions of the guardian's children, newest first. */
    public List<FamilySession> mine(String guardian) {
        List<UUID> ids = List.copyOf(children.idsOfGuardian(guardian));
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, GuardedChild> facts = children.facts(ids).stream()
                .collect(Collectors.toMap(GuardedChild::id, Function.identity()));
        List<FamilySession> sessions = new ArrayList<>();
        for (CareSession s : em.createNamedQuery(CareSession.OF_CHILDREN, CareSession.class)
                .setParameter("children", ids).getResultList()) {
            GuardedChild child = facts.get(s.childId());
            sessions.add(new FamilySession(s, child == null ? "*" : child.maskedName(), facilityName(s),
                    pickups(s.id())));
        }
        return sessions;
    }

    /** The guardian's children with their hourly-care units left today. */
    public List<ChildEntitlement> entitlements(String guardian) {
        Instant now = clock.instant();
        LocalDate today = ChinaTime.dateOf(now);
        List<GuardedChild> guarded = children.childrenOfGuardian(guardian);
        Map<UUID, Integer> remaining = ledger.remaining(guarded.stream().map(GuardedChild::id).toList(),
                ServiceKind.HOURLY_CARE, now);
        return guarded.stream().map(c -> new ChildEntitlement(c.id(), c.maskedName(), c.ageInMonths(today),
                remaining.getOrDefault(c.id(), 0))).toList();
    }

    /** One session of the family. */
    public FamilySession one(String guardian, UUID sessionId) {
        return family(ofFamily(guardian, sessionId));
    }

    /** The guardian's pass for the session, with its code of the moment (the pass is made on first use). */
    public Pass pass(String guardian, UUID sessionId) {
        CareSession session = ofFamily(guardian, sessionId);
        GuardianPass pass = em.createNamedQuery(GuardianPass.OF_SESSION_AND_GUARDIAN, GuardianPass.class)
                .setParameter("session", session.id()).setParameter("guardian", guardian).getResultStream()
                .findFirst().orElseGet(() -> {
                    GuardianPass made = new GuardianPass(session.id(), guardian);
                    em.persist(made);
                    return made;
                });
        return new Pass(session.id(), pass.codeAt(clock.instant()), pass.manualCode());
    }

    /** Names a person who may pick the child up from this session; their one-time code goes by SMS (or back once). */
    public NamedPickup namePickup(String guardian, UUID sessionId, String name, String relation, String phone) {
        CareSession session = ofFamily(guardian, sessionId);
        if (!session.state().holdsTime()) {
            throw new SessionOverException();
        }
        ManualCode code = ManualCode.random();
        PickupPerson person = new PickupPerson(session.id(), name, relation, phone, code, guardian, clock.instant());
        em.persist(person);
        audit.record(Action.PICKUP_NAMED, sessionId, session.facilityId(), guardian, relation);
        boolean bySms = notices.sendsPickupCodes();
        if (bySms) {
            notices.pickupCode(session, person, code);
        }
        return new NamedPickup(person, code, bySms);
    }

    /** A session of one of the guardian's children, locked; 404 for any other. */
    CareSession ofFamily(String guardian, UUID sessionId) {
        CareSession session = em.find(CareSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null || !children.guards(guardian, session.childId())) {
            throw new CareSessionNotFoundException();
        }
        return session;
    }

    private FamilySession family(CareSession s) {
        String masked = children.facts(s.childId()).map(GuardedChild::maskedName).orElse("*");
        return new FamilySession(s, masked, facilityName(s), pickups(s.id()));
    }

    private String facilityName(CareSession s) {
        return standing.lookup(s.facilityId()).map(FacilitySummary::name).orElse("");
    }

    List<PickupPerson> pickups(UUID sessionId) {
        return em.createNamedQuery(PickupPerson.OF_SESSION, PickupPerson.class).setParameter("session", sessionId)
                .getResultList();
    }
}
