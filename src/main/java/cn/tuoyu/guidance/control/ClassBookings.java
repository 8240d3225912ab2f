package cn.tuoyu.guidance.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import jakarta.transaction.Transactional;

import cn.tuoyu.entitlements.control.EntitlementLedger;
import cn.tuoyu.entitlements.entity.LedgerReason;
import cn.tuoyu.entitlements.entity.ServiceKind;
import cn.tuoyu.families.control.ChildDirectory;
import cn.tuoyu.families.control.ChildOutsideAgeBandException;
import cn.tuoyu.families.entity.Age;
import cn.tuoyu.families.entity.GuardedChild;
import cn.tuoyu.guidance.entity.Booking;
import cn.tuoyu.guidance.entity.BookingState;
import cn.tuoyu.guidance.entity.NoShowRule;
import cn.tuoyu.guidance.entity.ParentClass;
import cn.tuoyu.platform.persistence.Jdbc;
import cn.tuoyu.platform.persistence.TransactionDataSource;
import cn.tuoyu.platform.security.Caller;
import cn.tuoyu.platform.security.Roles;

/**
 * Seats in parent classes. A booking reserves one guidance unit of the child and takes a seat with a conditional
 * UPDATE on the class's seat counter as its last statement: PostgreSQL decides who gets the last seat, the loser's
 * whole transaction (reservation included) rolls back, and the class row stays locked only until commit.
 * Cancellation before the cutoff gives both back (the seat goes to the waitlist first); attendance consumes the unit,
 * a no-show consumes or releases it as the district's rule says.
 */
@ApplicationScoped
@Transactional
public class ClassBookings {

    static final String COLUMNS = "b.id, b.class_id, c.topic, c.venue, c.starts_at, c.ends_at, b.child_id, b.state, "
            + "b.booked_at";

    @Inject
    Clock clock;

    @Inject
    TransactionDataSource dataSource;

    @Inject
    ChildDirectory children;

    @Inject
    EntitlementLedger ledger;

    @Inject
    Waitlist waitlist;

    @Inject
    DistrictGuidanceRules rules;

    @Inject
    Caller caller;

    /** Books a seat for a child the resident guards. */
    public Booking book(UUID classId, UUID childId, String guardian) {
        GuardedChild child = children.childOfGuardian(childId, guardian);
        try (Connection c = dataSource.getConnection()) {
            ParentClass clazz = ParentClasses.find(c, classId, false).orElseThrow(ClassNotFoundException::new);
            checkAdmission(c, clazz, child, clock.instant());
            if (clazz.seatsLeft() == 0) {
                throw new ClassFullException();
            }
            Booking booking = insert(c, clazz, child.id(), guardian);
            // last, so that the class row is locked only until commit: the conditional UPDATE decides the race
            try (PreparedStatement s = c.prepareStatement("UPDATE parent_classes SET seats_taken = seats_taken + 1 "
                    + "WHERE id = ? AND seats_taken < capacity AND booking_cutoff > ?")) {
                s.setObject(1, classId);
                s.setTimestamp(2, Jdbc.timestamp(clock.instant()));
                if (s.executeUpdate() != 1) {
                    throw new ClassFullException();
                }
            }
            return booking;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
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
        Map<UUID, List<ChildEligibility>> all = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            Map<UUID, String> units = new HashMap<>();
            for (GuardedChild kid : kids) {
                units.put(kid.id(), ledger.unitRefusal(kid.id(), ServiceKind.GUIDANCE_SESSION, now).orElse(null));
            }
            for (ParentClass clazz : classes) {
                List<ChildEligibility> each = new ArrayList<>();
                for (GuardedChild kid : kids) {
                    String refusal = ChildEligibility.refusal(() -> checkAdmission(c, clazz, kid, now));
                    each.add(ChildEligibility.of(kid.id(), refusal != null ? refusal : units.get(kid.id())));
                }
                all.put(clazz.id(), each);
            }
            return all;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Cancels the resident's booking before the cutoff: the unit is released, the seat offered to the waitlist. */
    public Booking cancel(UUID bookingId, String guardian) {
        try (Connection c = dataSource.getConnection()) {
            Row row = row(c, "b.id = ? AND b.guardian_subject = ?", bookingId, guardian);
            if (row.booking().state() != BookingState.BOOKED) {
                throw new BookingNotActiveException();
            }
            ParentClass clazz = ParentClasses.find(c, row.booking().classId(), false).orElseThrow();
            if (!clazz.bookableAt(clock.instant())) {
                throw new CancellationClosedException();
            }
            cancel(c, row, clazz);
            return row(c, "b.id = ?", bookingId, null).booking();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The children's data is being erased (consent withdrawn): each of their bookings of a class not yet started is
     * cancelled as a family's cancellation is — unit released, seat offered to the waitlist — even past the cutoff
     * (the seat then goes back to the counter). Bookings of classes under way are left to the staff's attendance.
     */
    void cancelForErasure(Collection<UUID> childIds) {
        try (Connection c = dataSource.getConnection()) {
            List<UUID> open = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT b.id FROM class_bookings b JOIN parent_classes c "
                    + "ON c.id = b.class_id WHERE b.child_id = ANY (?) AND b.state = 'BOOKED' AND c.starts_at > ? "
                    + "ORDER BY b.id FOR UPDATE OF b")) {
                s.setArray(1, c.createArrayOf("uuid", childIds.toArray()));
                s.setTimestamp(2, Jdbc.timestamp(clock.instant()));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        open.add(Jdbc.uuid(r, "id"));
                    }
                }
            }
            for (UUID bookingId : open) {
                Row row = row(c, "b.id = ?", bookingId, null);
                cancel(c, row, ParentClasses.find(c, row.booking().classId(), false).orElseThrow());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Cancels a live booking: the unit goes back to the child, the seat to the first family waiting. */
    private void cancel(Connection c, Row row, ParentClass clazz) throws SQLException {
        close(c, row.booking().id(), BookingState.CANCELLED);
        ledger.release(row.reservationId(), LedgerReason.CANCELLATION);
        waitlist.passOn(c, clazz);
    }

    /** Staff of the class's district record attendance once the class has started. */
    public Booking recordAttendance(String district, UUID classId, UUID bookingId, boolean attended) {
        try (Connection c = dataSource.getConnection()) {
            ParentClass clazz = ParentClasses.ofDistrict(c, district, classId);
            Row row = row(c, "b.id = ? AND b.class_id = ?", bookingId, classId);
            if (clock.instant().isBefore(clazz.startsAt())) {
                throw new ClassNotStartedException();
            }
            if (row.booking().state() != BookingState.BOOKED) {
                throw new BookingNotActiveException();
            }
            close(c, bookingId, attended ? BookingState.ATTENDED : BookingState.NO_SHOW);
            if (attended || rules.noShow(c, district) == NoShowRule.CONSUME) {
                ledger.consume(row.reservationId());
            } else {
                ledger.release(row.reservationId(), LedgerReason.NO_SHOW);
            }
            return row(c, "b.id = ?", bookingId, null).booking();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The resident's bookings, soonest class first. */
    public List<Booking> mine(String guardian) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                + ", b.reservation_id FROM class_bookings b JOIN parent_classes c ON c.id = b.class_id "
                + "WHERE b.guardian_subject = ? ORDER BY c.starts_at, b.id")) {
            s.setString(1, guardian);
            List<Booking> bookings = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    bookings.add(read(r).booking());
                }
            }
            return bookings;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Age band, district, cutoff, the same child once: what any seat (booked or offered) requires. */
    static void checkAdmission(Connection c, ParentClass clazz, GuardedChild child, Instant now) throws SQLException {
        if (!clazz.bookableAt(now)) {
            throw new BookingClosedException();
        }
        if (!clazz.districtCode().equals(child.districtCode())) {
            throw new ClassInOtherDistrictException();
        }
        if (!clazz.admits(Age.inMonths(child.birthDate(), clazz.startsAt()))) {
            throw new ChildOutsideAgeBandException();
        }
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM class_bookings WHERE class_id = ? "
                + "AND child_id = ? AND state <> 'CANCELLED'")) {
            s.setObject(1, clazz.id());
            s.setObject(2, child.id());
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    throw new ChildAlreadyBookedException();
                }
            }
        }
    }

    /** Reserves the child's unit and records the booking; the seat is already counted. */
    Booking insert(Connection c, ParentClass clazz, UUID childId, String guardian) throws SQLException {
        UUID id = UUID.randomUUID();
        UUID reservation = ledger.reserve(childId, ServiceKind.GUIDANCE_SESSION, LedgerReason.CLASS_BOOKING,
                "class-booking:" + id);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO class_bookings (id, class_id, child_id, "
                + "guardian_subject, reservation_id, state, booked_at) VALUES (?, ?, ?, ?, ?, 'BOOKED', ?)")) {
            s.setObject(1, id);
            s.setObject(2, clazz.id());
            s.setObject(3, childId);
            s.setString(4, guardian);
            s.setObject(5, reservation);
            s.setTimestamp(6, Jdbc.timestamp(clock.instant()));
            s.executeUpdate();
        } catch (SQLException e) {
            if (Jdbc.uniqueViolation(e)) {
                throw new ChildAlreadyBookedException();
            }
            throw e;
        }
        return row(c, "b.id = ?", id, null).booking();
    }

    private void close(Connection c, UUID bookingId, BookingState state) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE class_bookings SET state = ?, closed_at = ? "
                + "WHERE id = ? AND state = 'BOOKED'")) {
            s.setString(1, state.name());
            s.setTimestamp(2, Jdbc.timestamp(clock.instant()));
            s.setObject(3, bookingId);
            if (s.executeUpdate() != 1) {
                throw new BookingNotActiveException();
            }
        }
    }

    private record Row(Booking booking, UUID reservationId) {
    }

    private static Row row(Connection c, String where, UUID id, Object second) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + ", b.reservation_id FROM class_bookings b "
                + "JOIN parent_classes c ON c.id = b.class_id WHERE " + where + " FOR UPDATE OF b")) {
            s.setObject(1, id);
            if (second != null) {
                s.setObject(2, second);
            }
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new BookingNotFoundException();
                }
                return read(r);
            }
        }
    }

    private static Row read(ResultSet r) throws SQLException {
        return new Row(new Booking(Jdbc.uuid(r, "id"), Jdbc.uuid(r, "class_id"), r.getString("topic"),
                r.getString("venue"), Jdbc.instant(r, "starts_at"), Jdbc.instant(r, "ends_at"),
                Jdbc.uuid(r, "child_id"), BookingState.valueOf(r.getString("state")), Jdbc.instant(r, "booked_at")),
                Jdbc.uuid(r, "reservation_id"));
    }
}
