package cn.tuoyu.hourlycare.entity;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import cn.tuoyu.platform.persistence.NullableUuidConverter;

/**
 * One hourly-care session of a child at a facility, booked for a slot and paid with a voucher held for it or with a
 * unit of the child's hourly-care entitlement. It owns its state machine ({@link SessionState}), the check-in window
 * (from an hour before the start to the slot's end), the cancellation cutoff, and its hours at check-out
 * ({@link CareHours}). The database holds the rest: one session at a time per child (an exclusion constraint over the
 * child and the session's time while BOOKED or CHECKED_IN) and times that agree with the state.
 */
@Entity
@Table(name = "hourly_care_sessions")
@jakarta.persistence.NamedNativeQuery(name = CareSession.LOCK_TO_REMIND, query = "SELECT id FROM "
        + "hourly_care_sessions WHERE state = 'BOOKED' AND reminded_at IS NULL AND starts_at >= ?1 AND starts_at < ?2 "
        + "ORDER BY starts_at, id LIMIT ?3 FOR UPDATE SKIP LOCKED")
@NamedQuery(name = CareSession.OF_CHILDREN,
        query = "SELECT s FROM CareSession s WHERE s.childId IN :children ORDER BY s.startsAt DESC")
@NamedQuery(name = CareSession.AT_FACILITY_BETWEEN, query = "SELECT s FROM CareSession s WHERE s.facilityId = "
        + ":facility AND s.startsAt < :to AND s.endsAt > :from AND s.state IN :states ORDER BY s.startsAt")
@NamedQuery(name = CareSession.IN_STATE_ENDED_BEFORE,
        query = "SELECT s FROM CareSession s WHERE s.state = :state AND s.endsAt <= :now ORDER BY s.endsAt")
@NamedQuery(name = CareSession.OF_FACILITY_IN_MONTH, query = "SELECT s FROM CareSession s WHERE s.facilityId = "
        + ":facility AND s.checkedInAt >= :from AND s.checkedInAt < :to ORDER BY s.checkedInAt")
public class CareSession {

    /** Ids of booked sessions not yet reminded starting in [?1, ?2), at most ?3, locked (SKIP LOCKED). */
    public static final String LOCK_TO_REMIND = "CareSession.lockToRemind";
    /** Sessions of these children, newest first (parameter {@code children}). */
    public static final String OF_CHILDREN = "CareSession.ofChildren";
    /** A facility's sessions overlapping [from, to) in these states (parameters facility, from, to, states). */
    public static final String AT_FACILITY_BETWEEN = "CareSession.atFacilityBetween";
    /** Sessions in a state whose slot ended by {@code now} (parameters {@code state}, {@code now}). */
    public static final String IN_STATE_ENDED_BEFORE = "CareSession.inStateEndedBefore";
    /** A facility's sessions checked in within [from, to) (parameters facility, from, to). */
    public static final String OF_FACILITY_IN_MONTH = "CareSession.ofFacilityInMonth";

    /** How early before the slot a child may be checked in. */
    public static final Duration EARLY_CHECK_IN = Duration.ofHours(1);

    @Id
    private UUID id;
    @Column(name = "facility_id")
    private UUID facilityId;
    @Column(name = "district_code")
    private String districtCode;
    @Column(name = "slot_id")
    private UUID slotId;
    @Column(name = "child_id")
    private UUID childId;
    @Column(name = "guardian_subject")
    private String guardianSubject;
    @Column(name = "starts_at")
    private Instant startsAt;
    @Column(name = "ends_at")
    private Instant endsAt;
    @Column(name = "closes_at")
    private Instant closesAt;
    @Enumerated(EnumType.STRING)
    private SessionState state;
    @Column(name = "voucher_id")
    @Convert(converter = NullableUuidConverter.class)
    private UUID voucherId;
    @Column(name = "batch_id")
    @Convert(converter = NullableUuidConverter.class)
    private UUID batchId;
    @Column(name = "reservation_id")
    @Convert(converter = NullableUuidConverter.class)
    private UUID reservationId;
    @Column(name = "covered_hours")
    private BigDecimal coveredHours;
    @Column(name = "booked_at")
    private Instant bookedAt;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;
    @Column(name = "checked_in_at")
    private Instant checkedInAt;
    @Column(name = "checked_in_by")
    private String checkedInBy;
    @Column(name = "checked_in_by_name")
    private String checkedInByName;
    @Column(name = "dropped_off_by")
    private String droppedOffBy;
    @Column(name = "checked_out_at")
    private Instant checkedOutAt;
    @Column(name = "checked_out_by")
    private String checkedOutBy;
    @Column(name = "picked_up_by")
    private String pickedUpBy;
    @Column(name = "minutes_in_care")
    private Integer minutesInCare;
    @Column(name = "hours_counted")
    private BigDecimal hoursCounted;
    @Column(name = "hours_paid")
    private BigDecimal hoursPaid;
    @Column(name = "overstay_hours")
    private BigDecimal overstayHours;
    private boolean flagged;
    @Column(name = "reminded_at")
    private Instant remindedAt;

    protected CareSession() {
    }

    /** What pays for a session: a voucher held for it (with its batch and the hours it covers) or an entitlement unit. */
    public record Payment(UUID voucherId, UUID batchId, BigDecimal coveredHours, UUID reservationId) {

        public static Payment voucher(UUID voucherId, UUID batchId, BigDecimal coveredHours) {
            return new Payment(Objects.requireNonNull(voucherId), batchId, coveredHours, null);
        }

        public static Payment entitlement(UUID reservationId) {
            return new Payment(null, null, null, Objects.requireNonNull(reservationId));
        }
    }

    /** A session booked now for the slot; refused when the slot has already ended. */
    public static CareSession book(UUID id, UUID facilityId, String districtCode, UUID slotId, SlotTimes slot,
            UUID childId, String guardian, Payment payment, Instant now) {
        if (!slot.end().isAfter(now)) {
            throw new SlotOverException();
        }
        CareSession s = new CareSession();
        s.id = id;
        s.facilityId = facilityId;
        s.districtCode = districtCode;
        s.slotId = slotId;
        s.startsAt = slot.start();
        s.endsAt = slot.end();
        s.closesAt = slot.closes();
        s.childId = childId;
        s.guardianSubject = guardian;
        s.state = SessionState.BOOKED;
        s.voucherId = payment.voucherId();
        s.batchId = payment.batchId();
        s.coveredHours = payment.coveredHours();
        s.reservationId = payment.reservationId();
        s.bookedAt = now;
        return s;
    }

    /** Cancelled by the parent, up to {@code cutoff} before the start (409 after). */
    public void cancelAt(Instant now, Duration cutoff) {
        if (state == SessionState.BOOKED && now.isAfter(startsAt.minus(cutoff))) {
            throw new CancellationClosedException();
        }
        state = state.to(SessionState.CANCELLED);
        cancelledAt = now;
    }

    /**
     * The child's data is being erased (consent withdrawn, or the child removed): a booked session is cancelled
     * whatever the cutoff, since nobody may bring the child under a record that no longer exists.
     */
    public void withdrawAt(Instant now) {
        state = state.to(SessionState.CANCELLED);
        cancelledAt = now;
    }

    /**
     * The child is dropped off by {@code guardian}: from an hour before the slot until its end, once; {@code staff} is
     * the staff member's subject (the audit's) and {@code staffName} their name as the board shows it.
     */
    public void checkInAt(Instant now, String staff, String staffName, String guardian) {
        if (state == SessionState.BOOKED && (now.isBefore(startsAt.minus(EARLY_CHECK_IN)) || !now.isBefore(endsAt))) {
            throw new NotCheckInTimeException();
        }
        state = state.to(SessionState.CHECKED_IN);
        checkedInAt = now;
        checkedInBy = staff;
        checkedInByName = staffName;
        droppedOffBy = guardian;
    }

    /** The child is picked up by {@code person} (a guardian, or an authorised person as "name (relation)"). */
    public CareHours checkOutAt(Instant now, String staff, String person, int roundingMinutes) {
        state = state.to(SessionState.CHECKED_OUT);
        return count(now, staff, person, roundingMinutes);
    }

    /** Nobody checked the child out by closing (plus grace): closed at closing time and flagged for review. */
    public CareHours closeUncollected(int roundingMinutes) {
        state = state.to(SessionState.CLOSED);
        flagged = true;
        return count(closesAt.isAfter(checkedInAt) ? closesAt : checkedInAt, null, null, roundingMinutes);
    }

    /** Its family was reminded the day before. */
    public void remindedAt(Instant now) {
        remindedAt = now;
    }

    /** Nobody came by the end of the slot. */
    public void markNoShow() {
        state = state.to(SessionState.NO_SHOW);
    }

    /** Whether the session should have been closed by {@code now}: checked in, and closing plus grace passed. */
    public boolean uncollectedAt(Instant now, Duration grace) {
        return state == SessionState.CHECKED_IN && !now.isBefore(closesAt.plus(grace));
    }

    private CareHours count(Instant out, String staff, String person, int roundingMinutes) {
        CareHours hours = CareHours.between(checkedInAt, out, roundingMinutes, coveredHours);
        checkedOutAt = out;
        checkedOutBy = staff;
        pickedUpBy = person;
        minutesInCare = (int) hours.minutes();
        hoursCounted = hours.counted();
        hoursPaid = hours.paid();
        overstayHours = hours.overstay();
        return hours;
    }

    public boolean bookedBy(String guardian) {
        return guardianSubject.equals(guardian);
    }

    public UUID id() {
        return id;
    }

    public UUID facilityId() {
        return facilityId;
    }

    public String districtCode() {
        return districtCode;
    }

    public UUID slotId() {
        return slotId;
    }

    public UUID childId() {
        return childId;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public Instant closesAt() {
        return closesAt;
    }

    public SessionState state() {
        return state;
    }

    public UUID voucherId() {
        return voucherId;
    }

    public UUID batchId() {
        return batchId;
    }

    public UUID reservationId() {
        return reservationId;
    }

    public BigDecimal coveredHours() {
        return coveredHours;
    }

    public Instant checkedInAt() {
        return checkedInAt;
    }

    public String checkedInBy() {
        return checkedInBy;
    }

    /** The name of the staff member who checked the child in, as it was then. */
    public String checkedInByName() {
        return checkedInByName;
    }

    public String droppedOffBy() {
        return droppedOffBy;
    }

    public Instant checkedOutAt() {
        return checkedOutAt;
    }

    public String pickedUpBy() {
        return pickedUpBy;
    }

    public Integer minutesInCare() {
        return minutesInCare;
    }

    public BigDecimal hoursCounted() {
        return hoursCounted;
    }

    public BigDecimal hoursPaid() {
        return hoursPaid;
    }

    public BigDecimal overstayHours() {
        return overstayHours;
    }

    public boolean flagged() {
        return flagged;
    }
}
