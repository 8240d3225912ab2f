package cn.tuoyu.guidance.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.tuoyu.entitlements.entity.EntitlementExhaustedException;
import cn.tuoyu.entitlements.control.EntitlementLedger;
import cn.tuoyu.entitlements.entity.ServiceKind;
import cn.tuoyu.families.control.ChildDirectory;
import cn.tuoyu.families.entity.GuardedChild;
import cn.tuoyu.guidance.entity.Booking;
import cn.tuoyu.guidance.entity.ParentClass;
import cn.tuoyu.guidance.entity.WaitlistEntry;
import cn.tuoyu.guidance.entity.WaitlistState;
import cn.tuoyu.platform.persistence.Jdbc;
import cn.tuoyu.platform.persistence.TransactionDataSource;

/**
 * Waitlists of full classes. A freed seat is not given back to the counter while someone waits: the first waiting
 * child (in order of joining) is offered it for the district's hold time (no later than the booking cutoff); the
 * seat stays counted as taken while the offer is open. Accepting books it; expiry or withdrawal passes it on.
 * Offers expire by a conditional UPDATE that any app instance may run (rows locked with SKIP LOCKED).
 */
@ApplicationScoped
@Transactional
public class Waitlist {

    private static final String COLUMNS = "w.id, w.class_id, c.topic, c.starts_at, w.child_id, w.state, "
            + "w.offer_expires_at, w.booking_id, (SELECT count(*) FROM class_waitlist a WHERE a.class_id = w.class_id "
            + "AND a.state = 'WAITING' AND a.place <= w.place) AS position";

    @Inject
    Clock clock;

    @Inject
    TransactionDataSource dataSource;

    @Inject
    ChildDirectory children;

    @Inject
    EntitlementLedger ledger;

    @Inject
    ClassBookings bookings;

    @Inject
    DistrictGuidanceRules rules;

    /** Puts a child on a full class's waitlist; it must be admissible and have a guidance unit left. */
    public WaitlistEntry join(UUID classId, UUID childId, String guardian) {
        GuardedChild child = children.childOfGuardian(childId, guardian);
        try (Connection c = dataSource.getConnection()) {
            ParentClass clazz = ParentClasses.find(c, classId, false).orElseThrow(ClassNotFoundException::new);
            Instant now = clock.instant();
            ClassBookings.checkAdmission(c, clazz, child, now);
            if (clazz.seatsLeft() > 0) {
                throw new SeatsAvailableException();
            }
            if (ledger.remaining(child.id(), ServiceKind.GUIDANCE_SESSION, now) <= 0) {
                throw new EntitlementExhaustedException();
            }
            UUID id = UUID.randomUUID();
            try (PreparedStatement s = c.prepareStatement("INSERT INTO class_waitlist (id, class_id, child_id, "
                    + "guardian_subject, state, joined_at) VALUES (?, ?, ?, ?, 'WAITING', ?)")) {
                s.setObject(1, id);
                s.setObject(2, classId);
                s.setObject(3, child.id());
                s.setString(4, guardian);
                s.setTimestamp(5, Jdbc.timestamp(now));
                s.executeUpdate();
            } catch (SQLException e) {
                if (Jdbc.uniqueViolation(e)) {
                    throw new AlreadyOnWaitlistException();
                }
                throw e;
            }
            return one(c, id, null);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The resident's waitlist entries, open ones first. */
    public List<WaitlistEntry> mine(String guardian) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                + " FROM class_waitlist w JOIN parent_classes c ON c.id = w.class_id WHERE w.guardian_subject = ? "
                + "ORDER BY (w.state IN ('WAITING', 'OFFERED')) DESC, c.starts_at, w.place")) {
            s.setString(1, guardian);
            List<WaitlistEntry> entries = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    entries.add(read(r));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Accepts an open offer: the held seat becomes the child's booking (reserving its guidance unit). */
    public Booking accept(UUID entryId, String guardian) {
        try (Connection c = dataSource.getConnection()) {
            WaitlistEntry entry = one(c, entryId, guardian);
            UUID classId;
            try (PreparedStatement s = c.prepareStatement("SELECT class_id FROM class_waitlist WHERE id = ? "
                    + "AND state = 'OFFERED' AND offer_expires_at > ? FOR UPDATE")) {
                s.setObject(1, entryId);
                s.setTimestamp(2, Jdbc.timestamp(clock.instant()));
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw new OfferNotOpenException();
                    }
                    classId = Jdbc.uuid(r, "class_id");
                }
            }
            GuardedChild child = children.childOfGuardian(entry.childId(), guardian);
            ParentClass clazz = ParentClasses.find(c, classId, false).orElseThrow();
            ClassBookings.checkAdmission(c, clazz, child, clock.instant());
            Booking booking = bookings.insert(c, clazz, child.id(), guardian);
            try (PreparedStatement s = c.prepareStatement("UPDATE class_waitlist SET state = 'ACCEPTED', "
                    + "booking_id = ?, closed_at = ? WHERE id = ? AND state = 'OFFERED'")) {
                s.setObject(1, booking.id());
                s.setTimestamp(2, Jdbc.timestamp(clock.instant()));
                s.setObject(3, entryId);
                if (s.executeUpdate() != 1) {
                    throw new OfferNotOpenException();
                }
            }
            return booking;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Leaves the waitlist; an open offer passes to the next child waiting. */
    public WaitlistEntry withdraw(UUID entryId, String guardian) {
        try (Connection c = dataSource.getConnection()) {
            one(c, entryId, guardian);
            if (!leave(c, entryId)) {
                throw new WaitlistEntryClosedException();
            }
            return one(c, entryId, null);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The children's data is being erased (consent withdrawn): their open places are withdrawn as above. */
    void withdrawForErasure(Collection<UUID> childIds) {
        try (Connection c = dataSource.getConnection()) {
            List<UUID> open = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM class_waitlist WHERE child_id = ANY (?) "
                    + "AND state IN ('WAITING', 'OFFERED') ORDER BY id FOR UPDATE")) {
                s.setArray(1, c.createArrayOf("uuid", childIds.toArray()));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        open.add(Jdbc.uuid(r, "id"));
                    }
                }
            }
            for (UUID entryId : open) {
                leave(c, entryId);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Closes an open place as withdrawn; an open offer passes to the next child waiting. False if already closed.
     * The row is locked before its state is read, so the state acted on is the one closed: an offer made to this
     * place a moment ago is seen and its seat passed on (an {@code UPDATE ... FROM} the same table would read the
     * state from its snapshot and keep that seat held by nobody).
     */
    private boolean leave(Connection c, UUID entryId) throws SQLException {
        UUID classId;
        String state;
        try (PreparedStatement s = c.prepareStatement("SELECT class_id, state FROM class_waitlist "
                + "WHERE id = ? AND state IN ('WAITING', 'OFFERED') FOR UPDATE")) {
            s.setObject(1, entryId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return false;
                }
                classId = Jdbc.uuid(r, "class_id");
                state = r.getString("state");
            }
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE class_waitlist SET state = 'WITHDRAWN', closed_at = ? "
                + "WHERE id = ?")) {
            s.setTimestamp(1, Jdbc.timestamp(clock.instant()));
            s.setObject(2, entryId);
            s.executeUpdate();
        }
        if (WaitlistState.OFFERED.name().equals(state)) {
            passOn(c, ParentClasses.find(c, classId, false).orElseThrow());
        }
        return true;
    }

    /**
     * Ends every offer whose hold has run out (or whose class stopped taking bookings) and passes each seat on, and
     * closes the places still waiting for classes past their cutoff; safe to run on every instance at once (offers
     * are claimed with FOR UPDATE SKIP LOCKED and changed only while still OFFERED). Returns how many expired.
     */
    public int expireOffers() {
        try (Connection c = dataSource.getConnection()) {
            Instant now = clock.instant();
            Map<UUID, UUID> expired = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT w.id, w.class_id FROM class_waitlist w "
                    + "JOIN parent_classes c ON c.id = w.class_id WHERE w.state = 'OFFERED' "
                    + "AND (w.offer_expires_at <= ? OR c.booking_cutoff <= ?) ORDER BY w.offer_expires_at LIMIT 200 "
                    + "FOR UPDATE OF w SKIP LOCKED")) {
                s.setTimestamp(1, Jdbc.timestamp(now));
                s.setTimestamp(2, Jdbc.timestamp(now));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        expired.put(Jdbc.uuid(r, "id"), Jdbc.uuid(r, "class_id"));
                    }
                }
            }
            int count = 0;
            for (Map.Entry<UUID, UUID> offer : expired.entrySet()) {
                try (PreparedStatement s = c.prepareStatement("UPDATE class_waitlist SET state = 'EXPIRED', "
                        + "closed_at = ? WHERE id = ? AND state = 'OFFERED'")) {
                    s.setTimestamp(1, Jdbc.timestamp(now));
                    s.setObject(2, offer.getKey());
                    if (s.executeUpdate() == 1) {
                        count++;
                        passOn(c, ParentClasses.find(c, offer.getValue(), false).orElseThrow());
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE class_waitlist w SET state = 'EXPIRED', "
                    + "closed_at = ? FROM parent_classes c WHERE c.id = w.class_id AND w.state = 'WAITING' "
                    + "AND c.booking_cutoff <= ?")) {
                s.setTimestamp(1, Jdbc.timestamp(now));
                s.setTimestamp(2, Jdbc.timestamp(now));
                count += s.executeUpdate();
            }
            return count;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A seat of this class was freed: offer it to the first child waiting (seat stays taken), or give it back to the
     * counter when nobody waits or bookings have closed.
     */
    void passOn(Connection c, ParentClass clazz) throws SQLException {
        Instant now = clock.instant();
        if (clazz.bookableAt(now)) {
            Instant expires = now.plus(rules.offerHold(c, clazz.districtCode()));
            if (expires.isAfter(clazz.bookingCutoff())) {
                expires = clazz.bookingCutoff();
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE class_waitlist SET state = 'OFFERED', "
                    + "offered_at = ?, offer_expires_at = ? WHERE id = (SELECT id FROM class_waitlist "
                    + "WHERE class_id = ? AND state = 'WAITING' ORDER BY place LIMIT 1 FOR UPDATE SKIP LOCKED)")) {
                s.setTimestamp(1, Jdbc.timestamp(now));
                s.setTimestamp(2, Jdbc.timestamp(expires));
                s.setObject(3, clazz.id());
                if (s.executeUpdate() == 1) {
                    return;
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE parent_classes SET seats_taken = seats_taken - 1 "
                + "WHERE id = ?")) {
            s.setObject(1, clazz.id());
            s.executeUpdate();
        }
    }

    private static WaitlistEntry one(Connection c, UUID id, String guardian) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM class_waitlist w "
                + "JOIN parent_classes c ON c.id = w.class_id WHERE w.id = ? AND (?::text IS NULL "
                + "OR w.guardian_subject = ?)")) {
            s.setObject(1, id);
            s.setString(2, guardian);
            s.setString(3, guardian);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new WaitlistEntryNotFoundException();
                }
                return read(r);
            }
        }
    }

    private static WaitlistEntry read(ResultSet r) throws SQLException {
        WaitlistState state = WaitlistState.valueOf(r.getString("state"));
        return new WaitlistEntry(Jdbc.uuid(r, "id"), Jdbc.uuid(r, "class_id"), r.getString("topic"),
                Jdbc.instant(r, "starts_at"), Jdbc.uuid(r, "child_id"), state,
                state == WaitlistState.WAITING ? r.getInt("position") : 0,
                state == WaitlistState.OFFERED ? Jdbc.instant(r, "offer_expires_at") : null,
                Jdbc.uuid(r, "booking_id"));
    }
}
