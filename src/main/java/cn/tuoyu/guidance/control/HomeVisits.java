package cn.tuoyu.guidance.control;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.tuoyu.entitlements.control.EntitlementLedger;
import cn.tuoyu.entitlements.entity.LedgerReason;
import cn.tuoyu.entitlements.entity.ServiceKind;
import cn.tuoyu.families.control.ChildDirectory;
import cn.tuoyu.families.control.IdentityProtection;
import cn.tuoyu.families.entity.GuardedChild;
import cn.tuoyu.guidance.entity.HomeVisit;
import cn.tuoyu.guidance.entity.TimeWindow;
import cn.tuoyu.guidance.entity.VisitAction;
import cn.tuoyu.guidance.entity.VisitState;
import cn.tuoyu.platform.persistence.Jdbc;
import cn.tuoyu.platform.persistence.TransactionDataSource;

/**
 * Home visits as families meet them: request one for a child (reserving a guidance unit), see it scheduled, confirm
 * the time or ask for another, cancel it while open.
 */
@ApplicationScoped
@Transactional
public class HomeVisits {

    @Inject
    Clock clock;

    @Inject
    TransactionDataSource dataSource;

    @Inject
    ChildDirectory children;

    @Inject
    EntitlementLedger ledger;

    @Inject
    IdentityProtection protection;

    /** A family's request: sub-district, address (seen only by the assignee and coordinators), preferred windows. */
    public HomeVisit request(String guardian, UUID childId, String subDistrict, String address,
            List<TimeWindow> windows) {
        GuardedChild child = children.childOfGuardian(childId, guardian);
        Instant now = clock.instant();
        for (TimeWindow window : windows) {
            checkFuture(window, now);
        }
        VisitState.DUE.after(VisitAction.REQUEST);
        try (Connection c = dataSource.getConnection()) {
            UUID id = open(c, child.id(), child.districtCode(), guardian, guardian, subDistrict, address,
                    VisitState.REQUESTED, null);
            for (TimeWindow window : windows) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO home_visit_windows (visit_id, starts_at, "
                        + "ends_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                    s.setObject(1, id);
                    s.setTimestamp(2, Jdbc.timestamp(window.start()));
                    s.setTimestamp(3, Jdbc.timestamp(window.end()));
                    s.executeUpdate();
                }
            }
            return VisitRows.one(c, protection.cipher(), id);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Per child the resident guards: whether a home visit may be requested now and, if not, the refusal the request
     * would give (a visit already open, no or no more guidance sessions).
     */
    public List<ChildEligibility> eligibility(String guardian) {
        Instant now = clock.instant();
        List<ChildEligibility> all = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            for (GuardedChild kid : children.childrenOfGuardian(guardian)) {
                String refusal = ChildEligibility.refusal(() -> requireNoOpenVisit(c, kid.id()));
                if (refusal == null) {
                    refusal = ledger.unitRefusal(kid.id(), ServiceKind.GUIDANCE_SESSION, now).orElse(null);
                }
                all.add(ChildEligibility.of(kid.id(), refusal));
            }
            return all;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Visits of every child the resident guards, newest first. */
    public List<HomeVisit> mine(String guardian) {
        try (Connection c = dataSource.getConnection()) {
            return VisitRows.query(c, protection.cipher(), "JOIN guardianships g ON g.child_id = v.child_id "
                    + "AND g.subject = ? ORDER BY v.requested_at DESC, v.id", s -> s.setString(1, guardian));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public HomeVisit confirm(String guardian, UUID visitId) {
        return respond(guardian, visitId, VisitAction.CONFIRM, "CONFIRMED", null);
    }

    public HomeVisit askToReschedule(String guardian, UUID visitId, String note) {
        return respond(guardian, visitId, VisitAction.ASK_RESCHEDULE, "RESCHEDULE_REQUESTED", note);
    }

    /** The family cancels an open visit: the reserved unit goes back to the child. */
    public HomeVisit cancel(String guardian, UUID visitId) {
        try (Connection c = dataSource.getConnection()) {
            HomeVisit visit = VisitRows.lockedOfGuardian(c, protection.cipher(), visitId, guardian);
            children.childOfGuardian(visit.childId(), guardian);
            cancel(c, visit);
            return VisitRows.one(c, protection.cipher(), visitId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The children's data is being erased (consent withdrawn): their open visits are cancelled as the family's
     * cancellation does (unit released), and the family's address and notes are erased from all their visits.
     */
    void cancelForErasure(Collection<UUID> childIds) {
        try (Connection c = dataSource.getConnection()) {
            Array ids = c.createArrayOf("uuid", childIds.toArray());
            List<UUID> open = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM home_visits WHERE child_id = ANY (?) "
                    + "AND state IN ('REQUESTED', 'ASSIGNED', 'SCHEDULED') ORDER BY id FOR UPDATE")) {
                s.setArray(1, ids);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        open.add(Jdbc.uuid(r, "id"));
                    }
                }
            }
            for (UUID visitId : open) {
                cancel(c, VisitRows.one(c, protection.cipher(), visitId));
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE home_visits SET address_cipher = NULL, "
                    + "family_note = NULL WHERE child_id = ANY (?) "
                    + "AND (address_cipher IS NOT NULL OR family_note IS NOT NULL)")) {
                s.setArray(1, ids);
                s.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Cancels an open visit: the reserved unit goes back to the child. */
    private void cancel(Connection c, HomeVisit visit) throws SQLException {
        VisitState next = visit.state().after(VisitAction.CANCEL);
        VisitRows.update(c, visit.id(), next, "outcome = 'CANCELLED'");
        ledger.release(VisitRows.reservation(c, visit.id()), LedgerReason.CANCELLATION);
    }

    private HomeVisit respond(String guardian, UUID visitId, VisitAction action, String response, String note) {
        try (Connection c = dataSource.getConnection()) {
            HomeVisit visit = VisitRows.lockedOfGuardian(c, protection.cipher(), visitId, guardian);
            children.childOfGuardian(visit.childId(), guardian);
            VisitState next = visit.state().after(action);
            VisitRows.update(c, visitId, next, "family_response = ?, family_note = ?", response, note);
            return VisitRows.one(c, protection.cipher(), visitId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Inserts an open visit holding one reserved guidance unit; one open visit per child (409 otherwise). */
    UUID open(Connection c, UUID childId, String district, String requestedBy, String openedBy, String subDistrict,
            String address, VisitState state, String assignee) throws SQLException {
        requireNoOpenVisit(c, childId);
        UUID id = UUID.randomUUID();
        UUID reservation = ledger.reserve(childId, ServiceKind.GUIDANCE_SESSION, LedgerReason.HOME_VISIT,
                "home-visit:" + id);
        Instant now = clock.instant();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO home_visits (id, district_code, child_id, "
                + "requested_by, opened_by, sub_district, address_cipher, state, reservation_id, requested_at, "
                + "assigned_to, assigned_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, id);
            s.setString(2, district);
            s.setObject(3, childId);
            s.setString(4, requestedBy);
            s.setString(5, openedBy);
            s.setString(6, subDistrict);
            s.setBytes(7, address == null ? null : protection.cipher().encryptAddress(id, address));
            s.setString(8, state.name());
            s.setObject(9, reservation);
            s.setTimestamp(10, Jdbc.timestamp(now));
            s.setString(11, assignee);
            s.setTimestamp(12, assignee == null ? null : Jdbc.timestamp(now));
            s.executeUpdate();
        } catch (SQLException e) {
            if (Jdbc.uniqueViolation(e)) {
                throw new VisitAlreadyOpenException();
            }
            throw e;
        }
        return id;
    }

    private static void requireNoOpenVisit(Connection c, UUID childId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM home_visits WHERE child_id = ? "
                + "AND state IN ('REQUESTED', 'ASSIGNED', 'SCHEDULED')")) {
            s.setObject(1, childId);
            if (s.executeQuery().next()) {
                throw new VisitAlreadyOpenException();
            }
        }
    }

    static void checkFuture(TimeWindow window, Instant now) {
        if (!window.end().isAfter(window.start())) {
            throw new VisitWindowInvalidException();
        }
        if (!window.start().isAfter(now)) {
            throw new VisitTimeInPastException();
        }
    }
}
