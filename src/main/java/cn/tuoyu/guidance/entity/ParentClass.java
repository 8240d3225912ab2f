package cn.tuoyu.guidance.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import cn.tuoyu.families.entity.Age;
import cn.tuoyu.families.entity.ChildOutsideAgeBandException;
import cn.tuoyu.families.entity.GuardedChild;

/**
 * A published parent class (家长课堂) with its seats. Never more bookings than seats: {@code seats_taken} counts live
 * bookings and seats held by open waitlist offers, JPA never writes it, and it is raised only by {@link #TAKE_SEAT},
 * where PostgreSQL decides who gets the last seat (the migration's CHECK holds it between 0 and the capacity).
 */
@Entity
@Table(name = "parent_classes")
@NamedQuery(name = ParentClass.UPCOMING,
        query = "SELECT c FROM ParentClass c WHERE c.startsAt > :now ORDER BY c.startsAt, c.id")
@NamedQuery(name = ParentClass.COUNT_UPCOMING, query = "SELECT count(c) FROM ParentClass c WHERE c.startsAt > :now")
@NamedQuery(name = ParentClass.UPCOMING_IN_DISTRICT, query = "SELECT c FROM ParentClass c WHERE c.startsAt > :now "
        + "AND c.districtCode = :district ORDER BY c.startsAt, c.id")
@NamedQuery(name = ParentClass.COUNT_UPCOMING_IN_DISTRICT,
        query = "SELECT count(c) FROM ParentClass c WHERE c.startsAt > :now AND c.districtCode = :district")
// decides who gets the last seat: seats_taken never passes the capacity, and not once bookings have closed
@NamedNativeQuery(name = ParentClass.TAKE_SEAT, query = "UPDATE parent_classes SET seats_taken = seats_taken + 1 "
        + "WHERE id = ?1 AND seats_taken < capacity AND booking_cutoff > ?2")
// decides the count when seats are freed at once: each decrement applies to the row as it is, none is lost
@NamedNativeQuery(name = ParentClass.GIVE_SEAT_BACK,
        query = "UPDATE parent_classes SET seats_taken = seats_taken - 1 WHERE id = ?1")
public class ParentClass {

    /** Classes starting after {@code now}, soonest first. */
    public static final String UPCOMING = "ParentClass.upcoming";
    /** How many classes start after {@code now}. */
    public static final String COUNT_UPCOMING = "ParentClass.countUpcoming";
    /** Classes of a district starting after {@code now}, soonest first (parameters {@code now}, {@code district}). */
    public static final String UPCOMING_IN_DISTRICT = "ParentClass.upcomingInDistrict";
    /** How many classes of a district start after {@code now} (parameters {@code now}, {@code district}). */
    public static final String COUNT_UPCOMING_IN_DISTRICT = "ParentClass.countUpcomingInDistrict";
    /** Takes a seat (1: class id, 2: now); 1 row changed, or 0 when the class is full or bookings have closed. */
    public static final String TAKE_SEAT = "ParentClass.takeSeat";
    /** Gives a seat back to the counter (1: class id). */
    public static final String GIVE_SEAT_BACK = "ParentClass.giveSeatBack";

    @Id
    private UUID id;
    @Column(name = "district_code")
    private String districtCode;
    private String topic;
    private String venue;
    @Column(name = "starts_at")
    private Instant startsAt;
    @Column(name = "ends_at")
    private Instant endsAt;
    @Column(name = "booking_cutoff")
    private Instant bookingCutoff;
    private int capacity;
    @Column(name = "seats_taken", insertable = false, updatable = false)
    private int seatsTaken;
    @Column(name = "age_from_months")
    private int ageFromMonths;
    @Column(name = "age_to_months")
    private int ageToMonths;
    @Column(name = "published_by")
    private String publishedBy;
    @Column(name = "published_at")
    private Instant publishedAt;

    protected ParentClass() {
    }

    /** Publishes a plan for the district; refuses a class that does not start after {@code now}. */
    public ParentClass(String districtCode, String staffSubject, ClassPlan plan, Instant now) {
        plan.checkedAt(now);
        this.id = UUID.randomUUID();
        this.districtCode = Objects.requireNonNull(districtCode);
        this.topic = plan.topic();
        this.venue = plan.venue();
        this.startsAt = plan.startsAt();
        this.endsAt = plan.endsAt();
        this.bookingCutoff = plan.cutoff();
        this.capacity = plan.capacity();
        this.ageFromMonths = plan.ageFromMonths();
        this.ageToMonths = plan.ageToMonths();
        this.publishedBy = Objects.requireNonNull(staffSubject);
        this.publishedAt = now;
    }

    /** The counter's UPDATE ({@link #TAKE_SEAT}) took a seat: the count in memory follows the row. */
    public void seatTaken() {
        seatsTaken++;
    }

    /** The counter's UPDATE ({@link #GIVE_SEAT_BACK}) freed a seat: the count in memory follows the row. */
    public void seatGivenBack() {
        seatsTaken--;
    }

    public int seatsLeft() {
        return Math.max(0, capacity - seatsTaken);
    }

    /** Bookings (and cancellations) are taken strictly before the cutoff. */
    public boolean bookableAt(Instant now) {
        return now.isBefore(bookingCutoff);
    }

    public boolean admits(int ageInMonths) {
        return ageInMonths >= ageFromMonths && ageInMonths <= ageToMonths;
    }

    public boolean of(String district) {
        return districtCode.equals(district);
    }

    /**
     * What any seat (booked or offered) requires of the child at {@code now}, in this order: bookings still open
     * ({@link BookingClosedException}), registered in the class's district ({@link ClassInOtherDistrictException}),
     * aged inside the band in whole months on the class day ({@link ChildOutsideAgeBandException}).
     */
    public void checkAdmits(GuardedChild child, Instant now) {
        if (!bookableAt(now)) {
            throw new BookingClosedException();
        }
        if (!of(child.districtCode())) {
            throw new ClassInOtherDistrictException();
        }
        if (!admits(Age.inMonths(child.birthDate(), startsAt))) {
            throw new ChildOutsideAgeBandException();
        }
    }

    /** A booking needs a free seat ({@link ClassFullException}); the counter's UPDATE decides the last one. */
    public void checkSeatLeft() {
        if (seatsLeft() == 0) {
            throw new ClassFullException();
        }
    }

    /** Only a full class takes a waitlist ({@link SeatsAvailableException}). */
    public void checkFull() {
        if (seatsLeft() > 0) {
            throw new SeatsAvailableException();
        }
    }

    /** A family cancels only before the cutoff ({@link CancellationClosedException}). */
    public void checkCancellableAt(Instant now) {
        if (!bookableAt(now)) {
            throw new CancellationClosedException();
        }
    }

    /** Attendance is recorded once the class has started ({@link ClassNotStartedException}). */
    public void checkStartedAt(Instant now) {
        if (now.isBefore(startsAt)) {
            throw new ClassNotStartedException();
        }
    }

    /** When an offer of a freed seat made at {@code now} ends: after the district's hold, never past the cutoff. */
    public Instant offerExpiry(Instant now, Duration hold) {
        Instant expires = now.plus(hold);
        return expires.isAfter(bookingCutoff) ? bookingCutoff : expires;
    }

    public UUID id() {
        return id;
    }

    public String districtCode() {
        return districtCode;
    }

    public String topic() {
        return topic;
    }

    public String venue() {
        return venue;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public Instant bookingCutoff() {
        return bookingCutoff;
    }

    public int capacity() {
        return capacity;
    }

    public int ageFromMonths() {
        return ageFromMonths;
    }

    public int ageToMonths() {
        return ageToMonths;
    }
}
