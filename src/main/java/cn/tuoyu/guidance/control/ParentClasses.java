package cn.tuoyu.guidance.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.tuoyu.families.control.ChildDirectory;
import cn.tuoyu.families.entity.AccessPurpose;
import cn.tuoyu.families.entity.ListedChild;
import cn.tuoyu.guidance.entity.Attendee;
import cn.tuoyu.guidance.entity.BookingState;
import cn.tuoyu.guidance.entity.ClassPlan;
import cn.tuoyu.guidance.entity.ParentClass;
import cn.tuoyu.platform.persistence.Jdbc;
import cn.tuoyu.platform.persistence.TransactionDataSource;

/** Parent classes: health staff publish them for their district; anyone lists the upcoming ones. */
@ApplicationScoped
@Transactional
public class ParentClasses {

    static final String COLUMNS = "c.id, c.district_code, c.topic, c.venue, c.starts_at, c.ends_at, "
            + "c.booking_cutoff, c.capacity, c.seats_taken, c.age_from_months, c.age_to_months";

    @Inject
    Clock clock;

    @Inject
    TransactionDataSource dataSource;

    @Inject
    ChildDirectory children;

    /** Publishes a class of the staff member's district; refuses a class in the past (422). */
    public ParentClass publish(String district, String staffSubject, ClassPlan plan) {
        Instant now = clock.instant();
        plan.checkedAt(now);
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("INSERT INTO "
                + "parent_classes (id, district_code, topic, venue, starts_at, ends_at, booking_cutoff, capacity, "
                + "age_from_months, age_to_months, published_by, published_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, id);
            s.setString(2, district);
            s.setString(3, plan.topic());
            s.setString(4, plan.venue());
            s.setTimestamp(5, Jdbc.timestamp(plan.startsAt()));
            s.setTimestamp(6, Jdbc.timestamp(plan.endsAt()));
            s.setTimestamp(7, Jdbc.timestamp(plan.cutoff()));
            s.setInt(8, plan.capacity());
            s.setInt(9, plan.ageFromMonths());
            s.setInt(10, plan.ageToMonths());
            s.setString(11, staffSubject);
            s.setTimestamp(12, Jdbc.timestamp(now));
            s.executeUpdate();
            return find(c, id, false).orElseThrow();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Classes that have not started yet, soonest first, optionally of one district. */
    public List<ParentClass> upcoming(String district, int page, int size) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                + " FROM parent_classes c WHERE c.starts_at > ? AND (?::text IS NULL OR c.district_code = ?) "
                + "ORDER BY c.starts_at, c.id OFFSET ? LIMIT ?")) {
            s.setTimestamp(1, Jdbc.timestamp(clock.instant()));
            s.setString(2, district);
            s.setString(3, district);
            s.setInt(4, page * size);
            s.setInt(5, size);
            return list(s);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Any published class (public). */
    public ParentClass published(UUID id) {
        try (Connection c = dataSource.getConnection()) {
            return find(c, id, false).orElseThrow(ClassNotFoundException::new);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A class of the staff member's district, with its bookings; 404 for other districts. */
    public List<Attendee> attendees(String district, UUID classId) {
        try (Connection c = dataSource.getConnection()) {
            ParentClass clazz = ofDistrict(c, district, classId);
            List<Attendee> attendees = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, child_id, state FROM class_bookings "
                    + "WHERE class_id = ? AND state <> 'CANCELLED' ORDER BY booked_at, id")) {
                s.setObject(1, classId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ListedChild child = children.listedForDistrict(district, Jdbc.uuid(r, "child_id"),
                                AccessPurpose.CLASS_ATTENDANCE);
                        attendees.add(new Attendee(Jdbc.uuid(r, "id"), child.id(), child.maskedName(),
                                child.ageInMonths(clazz.startsAt()), BookingState.valueOf(r.getString("state")),
                                child.anonymised()));
                    }
                }
            }
            return attendees;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static ParentClass ofDistrict(Connection c, String district, UUID classId) throws SQLException {
        return find(c, classId, false).filter(k -> k.districtCode().equals(district))
                .orElseThrow(ClassNotFoundException::new);
    }

    static Optional<ParentClass> find(Connection c, UUID id, boolean forUpdate) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM parent_classes c WHERE c.id = ?"
                + (forUpdate ? " FOR UPDATE" : ""))) {
            s.setObject(1, id);
            List<ParentClass> found = list(s);
            return found.stream().findFirst();
        }
    }

    private static List<ParentClass> list(PreparedStatement s) throws SQLException {
        List<ParentClass> classes = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                classes.add(new ParentClass(Jdbc.uuid(r, "id"), r.getString("district_code"), r.getString("topic"),
                        r.getString("venue"), Jdbc.instant(r, "starts_at"), Jdbc.instant(r, "ends_at"),
                        Jdbc.instant(r, "booking_cutoff"), r.getInt("capacity"), r.getInt("seats_taken"),
                        r.getInt("age_from_months"), r.getInt("age_to_months")));
            }
        }
        return classes;
    }
}
