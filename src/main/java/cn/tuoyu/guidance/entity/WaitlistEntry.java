package cn.tuoyu.guidance.entity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import cn.tuoyu.platform.persistence.NullableUuidConverter;

/**
 * A child's place on a full class's waitlist, in order of joining ({@code place}, drawn by the database). States move
 * as {@link WaitlistState#after} allows; an offer holds a freed seat until {@code offerExpiresAt}. The database keeps
 * one open place per child and class; which place is offered a freed seat and which app instance expires an offer
 * are decided by PostgreSQL ({@link #LOCK_NEXT_WAITING}, {@link #LOCK_DUE_OFFERS}). A place is changed only locked.
 */
@Entity
@Table(name = "class_waitlist")
@NamedQuery(name = WaitlistEntry.OF_GUARDIAN, query = "SELECT w, c FROM WaitlistEntry w, ParentClass c "
        + "WHERE c.id = w.classId AND w.guardianSubject = :guardian ORDER BY c.startsAt, w.place")
@NamedQuery(name = WaitlistEntry.POSITIONS_OF_GUARDIAN, query = "SELECT w.id, count(a) FROM WaitlistEntry w, "
        + "WaitlistEntry a WHERE w.guardianSubject = :guardian AND w.state = :waiting AND a.classId = w.classId "
        + "AND a.state = :waiting AND a.place <= w.place GROUP BY w.id")
@NamedQuery(name = WaitlistEntry.POSITION, query = "SELECT count(a) FROM WaitlistEntry w, WaitlistEntry a "
        + "WHERE w.id = :id AND a.classId = w.classId AND a.state = :waiting AND a.place <= w.place")
@NamedQuery(name = WaitlistEntry.OPEN_OF_CHILDREN,
        query = "SELECT w FROM WaitlistEntry w WHERE w.childId IN :children AND w.state IN :open ORDER BY w.id")
@NamedQuery(name = WaitlistEntry.EXPIRE_WAITING_OF_CLOSED_CLASSES, query = "UPDATE WaitlistEntry w "
        + "SET w.state = :expired, w.closedAt = :now WHERE w.state = :waiting "
        + "AND w.classId IN (SELECT c.id FROM ParentClass c WHERE c.bookingCutoff <= :now)")
// decides which place is offered a freed seat: the first waiting that no other transaction holds (SKIP LOCKED)
@NamedNativeQuery(name = WaitlistEntry.LOCK_NEXT_WAITING, query = "SELECT id FROM class_waitlist WHERE class_id = ?1 "
        + "AND state = ?2 ORDER BY place LIMIT 1 FOR UPDATE SKIP LOCKED")
// decides which app instance expires a due offer: each row is taken by one of them (SKIP LOCKED)
@NamedNativeQuery(name = WaitlistEntry.LOCK_DUE_OFFERS, query = "SELECT w.id FROM class_waitlist w "
        + "JOIN parent_classes c ON c.id = w.class_id WHERE w.state = ?1 "
        + "AND (w.offer_expires_at <= ?2 OR c.booking_cutoff <= ?2) ORDER BY w.offer_expires_at LIMIT ?3 "
        + "FOR UPDATE OF w SKIP LOCKED")
public class WaitlistEntry {

    /** A guardian's places with their classes, soonest class first (parameter {@code guardian}). */
    public static final String OF_GUARDIAN = "WaitlistEntry.ofGuardian";
    /** Id and position (from 1) of a guardian's waiting places (parameters {@code guardian}, {@code waiting}). */
    public static final String POSITIONS_OF_GUARDIAN = "WaitlistEntry.positionsOfGuardian";
    /** The position of a place among those waiting for its class (parameters {@code id}, {@code waiting}). */
    public static final String POSITION = "WaitlistEntry.position";
    /** Open places of children (parameters {@code children}, {@code open}). */
    public static final String OPEN_OF_CHILDREN = "WaitlistEntry.openOfChildren";
    /**
     * Closes the places still waiting for classes whose bookings have closed by {@code now} (parameters
     * {@code expired}, {@code waiting}, {@code now}); the state in the WHERE is the database's guard.
     */
    public static final String EXPIRE_WAITING_OF_CLOSED_CLASSES = "WaitlistEntry.expireWaitingOfClosedClasses";
    /** Id of the first place waiting for a class that no other transaction holds (1: class id, 2: WAITING), locked. */
    public static final String LOCK_NEXT_WAITING = "WaitlistEntry.lockNextWaiting";
    /**
     * Ids of offers due at {@code now} (hold run out, or bookings closed) that no other transaction holds (1: OFFERED,
     * 2: now, 3: how many), locked.
     */
    public static final String LOCK_DUE_OFFERS = "WaitlistEntry.lockDueOffers";

    @Id
    private UUID id;
    @Column(name = "class_id")
    private UUID classId;
    @Column(name = "child_id")
    private UUID childId;
    @Column(name = "guardian_subject")
    private String guardianSubject;
    @Column(insertable = false, updatable = false)
    private Long place;
    @Enumerated(EnumType.STRING)
    private WaitlistState state;
    @Column(name = "joined_at")
    private Instant joinedAt;
    @Column(name = "offered_at")
    private Instant offeredAt;
    @Column(name = "offer_expires_at")
    private Instant offerExpiresAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "booking_id")
    @Convert(converter = NullableUuidConverter.class)
    private UUID bookingId;

    protected WaitlistEntry() {
    }

    /** The child joins the (full) class's waitlist, behind everyone already waiting. */
    public WaitlistEntry(ParentClass clazz, UUID childId, String guardian, Instant now) {
        this.id = UUID.randomUUID();
        this.classId = clazz.id();
        this.childId = Objects.requireNonNull(childId);
        this.guardianSubject = Objects.requireNonNull(guardian);
        this.state = WaitlistState.WAITING;
        this.joinedAt = now;
    }

    /** A freed seat is offered to this waiting place until {@code expires}. */
    public void offerAt(Instant now, Instant expires) {
        state = state.after(WaitlistAction.OFFER);
        offeredAt = now;
        offerExpiresAt = Objects.requireNonNull(expires);
    }

    /** The family may accept now: offered, and the hold has not run out ({@link OfferNotOpenException}). */
    public void checkOfferOpenAt(Instant now) {
        if (state != WaitlistState.OFFERED || !offerExpiresAt.isAfter(now)) {
            throw new OfferNotOpenException();
        }
    }

    /** Takes the offered seat as {@code booking}; {@link OfferNotOpenException} unless the offer is open now. */
    public void acceptAt(Booking booking, Instant now) {
        checkOfferOpenAt(now);
        state = state.after(WaitlistAction.ACCEPT);
        bookingId = booking.id();
        closedAt = now;
    }

    /** Ends the place: an offer whose hold ran out, or a place of a class that stopped taking bookings. */
    public void expireAt(Instant now) {
        state = state.after(WaitlistAction.EXPIRE);
        closedAt = now;
    }

    /**
     * The family leaves ({@link WaitlistEntryClosedException} when the place is closed already). Returns whether it
     * held an offered seat, which then has to be passed on: read from the place as locked, never from an earlier read.
     */
    public boolean withdrawAt(Instant now) {
        boolean heldSeat = state == WaitlistState.OFFERED;
        state = state.after(WaitlistAction.WITHDRAW);
        closedAt = now;
        return heldSeat;
    }

    public boolean heldBy(String guardian) {
        return guardianSubject.equals(guardian);
    }

    public UUID id() {
        return id;
    }

    public UUID classId() {
        return classId;
    }

    public UUID childId() {
        return childId;
    }

    public WaitlistState state() {
        return state;
    }

    /** The offer's deadline while offered; null otherwise. */
    public Instant offerExpiresAt() {
        return state == WaitlistState.OFFERED ? offerExpiresAt : null;
    }

    public UUID bookingId() {
        return bookingId;
    }
}
