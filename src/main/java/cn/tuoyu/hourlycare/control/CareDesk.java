package cn.tuoyu.hourlycare.control;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import cn.tuoyu.entitlements.control.EntitlementLedger;
import cn.tuoyu.facilities.control.FacilityStanding;
import cn.tuoyu.families.control.ChildDirectory;
import cn.tuoyu.families.entity.AccessPurpose;
import cn.tuoyu.families.entity.ChildSummary;
import cn.tuoyu.families.entity.GuardedChild;
import cn.tuoyu.hourlycare.entity.CareAuditLine.Action;
import cn.tuoyu.hourlycare.entity.CareHours;
import cn.tuoyu.hourlycare.entity.CareSession;
import cn.tuoyu.hourlycare.entity.GuardianPass;
import cn.tuoyu.hourlycare.entity.PickupPerson;
import cn.tuoyu.hourlycare.entity.SessionState;
import cn.tuoyu.platform.time.ChinaTime;
import cn.tuoyu.vouchers.control.FacilityNotInGoodStandingException;
import cn.tuoyu.vouchers.control.IdempotencyRecords;
import cn.tuoyu.vouchers.control.QrCodes;
import cn.tuoyu.vouchers.control.SessionVouchers;
import cn.tuoyu.vouchers.entity.CodeExpiredException;
import cn.tuoyu.vouchers.entity.CodeNotRecognisedException;
import cn.tuoyu.vouchers.entity.ManualCode;
import cn.tuoyu.vouchers.entity.RedemptionMethod;
import cn.tuoyu.vouchers.entity.RotatingCode;

/**
 * The facility's side: check a child in at drop-off by the guardian's pass (scanned or typed), check the child out at
 * pick-up by a guardian's pass or an authorised person's one-time code, and the live board. Check-in and check-out
 * take an {@code Idempotency-Key}: a retry gets the first answer. Another facility's session is 404; a person who may
 * not take the child is refused (403) and the refusal is written to the trail in a transaction of its own.
 */
@ApplicationScoped
@Transactional
public class CareDesk {

    // who picked up, when a guardian did: this prefix and their subject (the audit's; never shown)
    private static final String GUARDIAN = "guardian:";

    /** What the counter read: the pass's rotating code, its manual code, or a pick-up person's one-time code. */
    public record Submission(RedemptionMethod method, String text, boolean pickupCode) {
    }

    /**
     * A session as staff see it: the child's masked name and age, who checked them in (a staff member's name; a
     * guardian always brings the child), who may take them and who did ({@code pickedUpBy} a named person's label, or
     * {@code pickedUpByGuardian}), hours. No token subject is shown.
     */
    public record StaffSession(UUID id, String childMaskedName, int childAgeMonths, Instant startsAt, Instant endsAt,
            SessionState state, Instant checkedInAt, String checkedInBy, Instant checkedOutAt, String pickedUpBy,
            boolean pickedUpByGuardian, BigDecimal coveredHours, BigDecimal hoursCounted, BigDecimal hoursPaid,
            BigDecimal overstayHours, boolean flagged, List<Authorised> authorised) {
    }

    /** Someone who may take the child: a guardian (by their pass) or a named person (masked) and whether used. */
    public record Authorised(String label, String maskedPhone, boolean used) {
    }

    /** What a check-in or check-out came to; {@code replayed} when it is the first answer to the same key again. */
    public record Result(StaffSession session, boolean replayed) {
    }

    /** The live board: children in care now and today's expected arrivals. */
    public record Board(LocalDate day, List<StaffSession> inCare, List<StaffSession> expected) {
    }

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    @Inject
    FacilityStanding standing;

    @Inject
    ChildDirectory children;

    @Inject
    CareRules rules;

    @Inject
    SessionVouchers vouchers;

    @Inject
    EntitlementLedger ledger;

    @Inject
    IdempotencyRecords idempotency;

    @Inject
    CareAudit audit;

    @Inject
    CareBookings bookings;

    @Inject
    CareNotices notices;

    /**
     * Checks in the child whose guardian's pass was read; the guardian is recorded as who dropped off, the staff member
     * by subject (audit) and by name (the board).
     */
    public Result checkIn(UUID facilityId, String staff, String staffName, Submission submission, String device,
            String clientIp, String idempotencyKey, byte[] requestHash) {
        return once("care-check-in:" + facilityId, idempotencyKey, requestHash, () -> {
            Instant now = clock.instant();
            GuardianPass pass = pass(submission, now);
            CareSession session = atFacility(facilityId, pass.sessionId());
            standing.holdForRedemption(facilityId, ChinaTime.dateOf(now))
                    .orElseThrow(FacilityNotInGoodStandingException::new);
            session.checkInAt(now, staff, staffName, pass.guardianSubject());
            if (session.voucherId() != null) {
                vouchers.redeemAtCheckIn(session.voucherId(), facilityId, staff, submission.method(), device,
                        clientIp);
            } else {
                ledger.consume(session.reservationId());
            }
            audit.record(Action.CHECKED_IN, session.id(), facilityId, staff, submission.method().name());
            notices.checkedIn(session);
            return staffView(session);
        });
    }

    /** Reads the guardian's pass in a photo (PNG or JPEG) and checks the child in. */
    public Result checkInPhoto(UUID facilityId, String staff, String staffName, byte[] image, String device,
            String clientIp, String idempotencyKey, byte[] requestHash) {
        return checkIn(facilityId, staff, staffName,
                new Submission(RedemptionMethod.PHOTO, QrCodes.decodePhoto(image), false),
                device, clientIp, idempotencyKey, requestHash);
    }

    /**
     * Checks out the child of {@code sessionId} to the person whose code was read: one of the child's guardians (by
     * their pass for this session) or a person named for this session (their one-time code, spent here). Anyone else:
     * 403, logged.
     */
    public Result checkOut(UUID facilityId, String staff, UUID sessionId, Submission submission, String idempotencyKey,
            byte[] requestHash) {
        return once("care-check-out:" + facilityId + ":" + sessionId, idempotencyKey, requestHash, () -> {
            Instant now = clock.instant();
            CareSession session = atFacility(facilityId, sessionId);
            String person = authorisedPerson(session, submission, now)
                    .orElseThrow(() -> refuse(session, staff, submission));
            CareHours hours = session.checkOutAt(now, staff, person,
                    rules.inForce(session.districtCode(), ChinaTime.dateOf(session.startsAt())).roundingMinutes());
            if (session.voucherId() != null) {
                vouchers.recordHours(session.voucherId(), hours.paid());
            }
            audit.record(Action.CHECKED_OUT, session.id(), facilityId, staff,
                    hours.counted() + " h" + (hours.overstayed() ? ", overstay " + hours.overstay() + " h" : ""));
            notices.checkedOut(session, hours);
            return staffView(session);
        });
    }

    /** A session of the facility as staff see it (the read of the child is logged); 404 for another facility's. */
    public StaffSession session(UUID facilityId, UUID sessionId) {
        return staffView(atFacility(facilityId, sessionId));
    }

    /** Children checked in now, and today's sessions still expected. */
    public Board board(UUID facilityId) {
        LocalDate today = ChinaTime.today(clock);
        List<CareSession> sessions = em.createNamedQuery(CareSession.AT_FACILITY_BETWEEN, CareSession.class)
                .setParameter("facility", facilityId)
                .setParameter("from", today.atStartOfDay(ChinaTime.ZONE).toInstant())
                .setParameter("to", today.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant())
                .setParameter("states", List.of(SessionState.BOOKED, SessionState.CHECKED_IN)).getResultList();
        Map<UUID, GuardedChild> facts = children.facts(sessions.stream().map(CareSession::childId).toList())
                .stream().collect(Collectors.toMap(GuardedChild::id, Function.identity(), (a, b) -> a));
        List<StaffSession> inCare = new ArrayList<>();
        List<StaffSession> expected = new ArrayList<>();
        for (CareSession s : sessions) {
            GuardedChild child = facts.get(s.childId());
            StaffSession view = view(s, child == null ? "*" : child.maskedName(),
                    child == null ? 0 : child.ageInMonths(today));
            (s.state() == SessionState.CHECKED_IN ? inCare : expected).add(view);
        }
        return new Board(today, inCare, expected);
    }

    private Result once(String scope, String key, byte[] hash, java.util.function.Supplier<StaffSession> work) {
        if (key != null) {
            Optional<String> earlier = idempotency.claim(scope, key, hash);
            if (earlier.isPresent()) {
                return new Result(JSON.fromJson(earlier.get(), StaffSession.class), true);
            }
        }
        StaffSession session = work.get();
        if (key != null) {
            idempotency.remember(scope, key, JSON.toJson(session));
        }
        return new Result(session, false);
    }

    private Optional<String> authorisedPerson(CareSession session, Submission submission, Instant now) {
        if (submission.pickupCode()) {
            Optional<ManualCode> code = ManualCode.parse(submission.text());
            Optional<PickupPerson> person = code.flatMap(c -> em.createNamedQuery(PickupPerson.BY_CODE_HASH,
                    PickupPerson.class).setParameter("hash", PickupPerson.hash(c))
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst())
                    .filter(p -> p.sessionId().equals(session.id()));
            person.ifPresent(p -> p.useAt(now));
            return person.map(PickupPerson::label);
        }
        try {
            GuardianPass pass = pass(submission, now);
            return pass.sessionId().equals(session.id()) && children.guards(pass.guardianSubject(), session.childId())
                    ? Optional.of(GUARDIAN + pass.guardianSubject())
                    : Optional.empty();
        } catch (CodeNotRecognisedException e) {
            return Optional.empty();
        }
    }

    private PickupNotAuthorisedException refuse(CareSession session, String staff, Submission submission) {
        audit.refusal(Action.PICKUP_REFUSED, session.id(), session.facilityId(), staff,
                submission.pickupCode() ? "pickup code" : submission.method().name());
        return new PickupNotAuthorisedException();
    }

    /** The guardian pass a code names, if authentic and fresh (422 otherwise). */
    private GuardianPass pass(Submission submission, Instant now) {
        if (submission.method() == RedemptionMethod.MANUAL) {
            ManualCode manual = ManualCode.parse(submission.text()).orElseThrow(CodeNotRecognisedException::new);
            return em.createNamedQuery(GuardianPass.BY_MANUAL_CODE, GuardianPass.class)
                    .setParameter("code", manual.digits()).getResultStream().findFirst()
                    .orElseThrow(CodeNotRecognisedException::new);
        }
        RotatingCode code = RotatingCode.parse(submission.text()).orElseThrow(CodeNotRecognisedException::new);
        GuardianPass pass = em.find(GuardianPass.class, code.voucherId());
        if (pass == null || !pass.authenticates(code)) {
            throw new CodeNotRecognisedException();
        }
        if (!code.isFreshAt(now)) {
            throw new CodeExpiredException();
        }
        return pass;
    }

    private CareSession atFacility(UUID facilityId, UUID sessionId) {
        CareSession session = em.find(CareSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null || !session.facilityId().equals(facilityId)) {
            throw new CareSessionNotFoundException();
        }
        return session;
    }

    private StaffSession staffView(CareSession s) {
        ChildSummary child = children.summaryAtCounter(s.childId(), s.facilityId(), AccessPurpose.HOURLY_CARE);
        return view(s, child.maskedName(), child.ageInMonths());
    }

    private StaffSession view(CareSession s, String maskedName, int age) {
        List<Authorised> authorised = new ArrayList<>();
        authorised.add(new Authorised("guardian", null, false));
        for (PickupPerson p : bookings.pickups(s.id())) {
            authorised.add(new Authorised(p.label(), p.maskedPhone(), p.used()));
        }
        boolean guardian = s.pickedUpBy() != null && s.pickedUpBy().startsWith(GUARDIAN);
        return new StaffSession(s.id(), maskedName, age, s.startsAt(), s.endsAt(), s.state(), s.checkedInAt(),
                s.checkedInByName(), s.checkedOutAt(), guardian ? null : s.pickedUpBy(), guardian, s.coveredHours(),
                s.hoursCounted(), s.hoursPaid(), s.overstayHours(), s.flagged(), List.copyOf(authorised));
    }
}
