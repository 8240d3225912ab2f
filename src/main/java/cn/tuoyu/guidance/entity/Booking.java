package cn.tuoyu.guidance.entity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A child's seat in a parent class, booked by a guardian and holding one reserved guidance unit. The database keeps
 * the same child at most once in a class (a partial unique index over bookings not cancelled); the seat itself is
 * counted by {@link ParentClass#TAKE_SEAT}. A booking closes once: cancelled (by the family before the cutoff, or when
 * the child's data is erased), or attended or missed as the class's staff record.
 */
@Entity
@Table(name = "class_bookings")
@NamedQuery(name = Booking.OF_GUARDIAN, query = "SELECT b, c FROM Booking b, ParentClass c WHERE c.id = b.classId "
        + "AND b.guardianSubject = :guardian ORDER BY c.startsAt, b.id")
@NamedQuery(name = Booking.OF_GUARDIAN_BY_ID,
        query = "SELECT b FROM Booking b WHERE b.id = :id AND b.guardianSubject = :guardian")
@NamedQuery(name = Booking.LIVE_OF_CLASS, query = "SELECT b FROM Booking b WHERE b.classId = :class "
        + "AND b.state <> :cancelled ORDER BY b.bookedAt, b.id")
@NamedQuery(name = Booking.COUNT_LIVE_OF_CHILD, query = "SELECT count(b) FROM Booking b WHERE b.classId = :class "
        + "AND b.childId = :child AND b.state <> :cancelled")
@NamedQuery(name = Booking.OPEN_OF_CHILDREN_BEFORE_START, query = "SELECT b FROM Booking b "
        + "WHERE b.childId IN :children AND b.state = :booked "
        + "AND b.classId IN (SELECT c.id FROM ParentClass c WHERE c.startsAt > :now) ORDER BY b.id")
// decides which app instance reminds a family of its class: each booking is taken by one of them (SKIP LOCKED)
@NamedNativeQuery(name = Booking.LOCK_TO_REMIND, query = "SELECT b.id FROM class_bookings b "
        + "JOIN parent_classes c ON c.id = b.class_id WHERE b.state = ?4 AND b.reminded_at IS NULL "
        + "AND c.starts_at >= ?1 AND c.starts_at < ?2 ORDER BY b.id LIMIT ?3 FOR UPDATE OF b SKIP LOCKED")
public class Booking {

    /** A guardian's bookings with their classes, soonest class first (parameter {@code guardian}). */
    public static final String OF_GUARDIAN = "Booking.ofGuardian";
    /** One booking if the guardian made it (parameters {@code id}, {@code guardian}). */
    public static final String OF_GUARDIAN_BY_ID = "Booking.ofGuardianById";
    /** A class's bookings not cancelled, in order of booking (parameters {@code class}, {@code cancelled}). */
    public static final String LIVE_OF_CLASS = "Booking.liveOfClass";
    /** Whether a child holds a seat in a class: bookings not cancelled (parameters {@code class}, {@code child},
     * {@code cancelled}). */
    public static final String COUNT_LIVE_OF_CHILD = "Booking.countLiveOfChild";
    /** Open bookings of children in classes not started at {@code now} (parameters {@code children},
     * {@code booked}, {@code now}). */
    public static final String OPEN_OF_CHILDREN_BEFORE_START = "Booking.openOfChildrenBeforeStart";
    /** Bookings in state ?4 ({@code BOOKED}) not yet reminded of classes starting from ?1 until ?2, at most ?3, locked. */
    public static final String LOCK_TO_REMIND = "Booking.lockToRemind";

    @Id
    private UUID id;
    @Column(name = "class_id")
    private UUID classId;
    @Column(name = "child_id")
    private UUID childId;
    @Column(name = "guardian_subject")
    private String guardianSubject;
    @Column(name = "reservation_id")
    private UUID reservationId;
    @Enumerated(EnumType.STRING)
    private BookingState state;
    @Column(name = "booked_at")
    private Instant bookedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "reminded_at")
    private Instant remindedAt;

    protected Booking() {
    }

    /** A live booking of the class for the child, holding the reserved unit; the seat is counted apart. */
    public Booking(UUID id, ParentClass clazz, UUID childId, String guardian, UUID reservationId, Instant now) {
        this.id = Objects.requireNonNull(id);
        this.classId = clazz.id();
        this.childId = Objects.requireNonNull(childId);
        this.guardianSubject = Objects.requireNonNull(guardian);
        this.reservationId = Objects.requireNonNull(reservationId);
        this.state = BookingState.BOOKED;
        this.bookedAt = now;
    }

    /**
     * The family cancels: only a live booking ({@link BookingNotActiveException}), only before the class's cutoff
     * ({@link CancellationClosedException}).
     */
    public void cancelAt(ParentClass clazz, Instant now) {
        requireClassOf(clazz);
        state.closedAs(BookingState.CANCELLED);
        clazz.checkCancellableAt(now);
        close(BookingState.CANCELLED, now);
    }

    /** The child's data is erased: a live booking is cancelled whatever the cutoff says. */
    public void cancelForErasureAt(Instant now) {
        close(BookingState.CANCELLED, now);
    }

    /**
     * Staff record whether the child came: only once the class has started ({@link ClassNotStartedException}), only
     * for a live booking ({@link BookingNotActiveException}).
     */
    public void recordAttendanceAt(ParentClass clazz, boolean attended, Instant now) {
        requireClassOf(clazz);
        clazz.checkStartedAt(now);
        close(attended ? BookingState.ATTENDED : BookingState.NO_SHOW, now);
    }

    /**
     * Those of the given actions that may be done to this booking at {@code now}, so that a screen offers those and
     * no others: exactly those {@link #cancelAt} and {@link #recordAttendanceAt} would not refuse (a live booking;
     * cancelled before the cutoff, attendance once the class has started).
     */
    public Set<BookingAction> actionsAt(Instant now, ParentClass clazz, Set<BookingAction> among) {
        requireClassOf(clazz);
        Set<BookingAction> allowed = EnumSet.noneOf(BookingAction.class);
        for (BookingAction action : among) {
            boolean inTime = action == BookingAction.CANCEL ? clazz.bookableAt(now) : clazz.startedAt(now);
            if (inTime && state.mayCloseAs(action.outcome())) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    private void close(BookingState outcome, Instant now) {
        state = state.closedAs(outcome);
        closedAt = now;
    }

    private void requireClassOf(ParentClass clazz) {
        if (!clazz.id().equals(classId)) {
            throw new IllegalArgumentException("the booking is of another class");
        }
    }

    public boolean of(UUID clazz) {
        return classId.equals(clazz);
    }

    public UUID id() {
        return id;
    }

    public UUID classId() {
        return classId;
    }

    /** The family was reminded of the class (once: the reminder scan passes over it from now on). */
    public void remindedAt(Instant now) {
        remindedAt = now;
    }

    public UUID childId() {
        return childId;
    }

    public UUID reservationId() {
        return reservationId;
    }

    public BookingState state() {
        return state;
    }

    public Instant bookedAt() {
        return bookedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }
}
