package cn.tuoyu.guidance.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import cn.tuoyu.families.entity.AccessPurpose;
import cn.tuoyu.families.entity.Age;
import cn.tuoyu.families.entity.ChildRecord;
import cn.tuoyu.families.entity.ListedChild;
import cn.tuoyu.guidance.entity.DueChild;
import cn.tuoyu.guidance.entity.HomeVisit;
import cn.tuoyu.guidance.entity.RosterEntry;
import cn.tuoyu.guidance.entity.RosterFilter;
import cn.tuoyu.guidance.entity.StaffMember;
import cn.tuoyu.guidance.entity.TimeWindow;
import cn.tuoyu.guidance.entity.VisitAction;
import cn.tuoyu.guidance.entity.VisitOutcome;
import cn.tuoyu.guidance.entity.VisitState;
import cn.tuoyu.platform.persistence.Jdbc;
import cn.tuoyu.platform.persistence.TransactionDataSource;

/**
 * The district's home-visit roster for its health staff: filter, open a visit for a due child, assign, schedule and
 * reschedule, record the outcome (done consumes the child's unit; absent or declined gives it back). Coordinators
 * assign and may act on any visit; other staff act on visits assigned to them. Addresses are shown only to the
 * assignee and coordinators. Visits of other districts do not exist for the caller (404). Each child shown is a
 * logged read.
 */
@ApplicationScoped
@Transactional
public class VisitRoster {

    /** How many candidates the due list looks at, at most, to fill a page. */
    static final int DUE_SCAN_LIMIT = 2000;

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

    @Inject
    HomeVisits visits;

    @Inject
    DistrictStaff districtStaff;

    /** Visits of the staff member's district matching the filter, by scheduled time then request time. */
    public List<RosterEntry> roster(StaffMember staff, RosterFilter filter) {
        try (Connection c = dataSource.getConnection()) {
            List<Object> values = new ArrayList<>();
            StringBuilder where = new StringBuilder("WHERE v.district_code = ?");
            values.add(staff.district());
            if (filter.subDistrict() != null) {
                where.append(" AND v.sub_district = ?");
                values.add(filter.subDistrict());
            }
            if (filter.staff() != null) {
                where.append(" AND v.assigned_to = ?");
                values.add(filter.staff());
            }
            if (filter.state() != null) {
                where.append(" AND v.state = ?");
                values.add(filter.state().name());
            }
            String day = "(COALESCE(v.scheduled_start, v.requested_at) AT TIME ZONE 'Asia/Shanghai')::date";
            if (filter.from() != null) {
                where.append(" AND ").append(day).append(" >= ?");
                values.add(filter.from());
            }
            if (filter.to() != null) {
                where.append(" AND ").append(day).append(" <= ?");
                values.add(filter.to());
            }
            if (filter.overdueOnly()) {
                where.append(" AND ").append(VisitRows.OVERDUE);
            }
            // the order of the home_visits_roster_page index, so that a page is read from it, not sorted
            String sql = where + " ORDER BY v.scheduled_start, v.requested_at, v.id OFFSET ? LIMIT ?";
            values.add(filter.page() * filter.size());
            values.add(filter.size());
            List<HomeVisit> found = VisitRows.query(c, protection.cipher(), sql, s -> {
                for (int i = 0; i < values.size(); i++) {
                    s.setObject(i + 1, values.get(i));
                }
            });
            List<RosterEntry> entries = new ArrayList<>();
            for (HomeVisit visit : found) {
                entries.add(entry(staff, visit));
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One visit of the district. */
    public RosterEntry visit(StaffMember staff, UUID visitId) {
        try (Connection c = dataSource.getConnection()) {
            return entry(staff, inDistrict(c, visitId, staff.district()));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The due list: children of the district with guidance sessions left today and no open visit, youngest first.
     */
    public List<DueChild> due(StaffMember staff, int page, int size) {
        try (Connection c = dataSource.getConnection()) {
            List<UUID> candidates = new ArrayList<>();
            LocalDate today = children.today();
            try (PreparedStatement s = c.prepareStatement("SELECT c.id FROM children c WHERE c.district_code = ? "
                    + "AND c.anonymised_at IS NULL AND c.birth_date > ? AND NOT EXISTS (SELECT 1 FROM home_visits v "
                    + "WHERE v.child_id = c.id AND v.state IN ('REQUESTED', 'ASSIGNED', 'SCHEDULED')) "
                    + "ORDER BY c.birth_date DESC, c.id LIMIT " + DUE_SCAN_LIMIT)) {
                s.setString(1, staff.district());
                s.setObject(2, today.minusMonths(37));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        candidates.add(Jdbc.uuid(r, "id"));
                    }
                }
            }
            Instant now = clock.instant();
            List<DueChild> due = new ArrayList<>();
            int skip = page * size;
            for (UUID id : candidates) {
                int remaining = ledger.remaining(id, ServiceKind.GUIDANCE_SESSION, now);
                if (remaining <= 0) {
                    continue;
                }
                if (skip > 0) {
                    skip--;
                    continue;
                }
                ChildRecord child = children.childOfDistrict(staff.district(), id, AccessPurpose.HOME_VISIT);
                due.add(new DueChild(id, child.maskedName(), Age.inMonths(child.birthDate(), today), remaining));
                if (due.size() == size) {
                    break;
                }
            }
            return due;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A coordinator opens a visit for a child of the district (from the due list), assigned at once. */
    public RosterEntry open(StaffMember staff, UUID childId, String assignee, String subDistrict) {
        requireCoordinator(staff);
        ChildRecord child = children.childOfDistrict(staff.district(), childId, AccessPurpose.HOME_VISIT);
        districtStaff.requireMember(staff.district(), assignee);
        if (ledger.remaining(child.id(), ServiceKind.GUIDANCE_SESSION, clock.instant()) <= 0) {
            throw new ChildNotDueException();
        }
        VisitState state = VisitState.DUE.after(VisitAction.OPEN_FOR_DUE);
        try (Connection c = dataSource.getConnection()) {
            UUID id = visits.open(c, child.id(), staff.district(), null, staff.subject(), subDistrict, null, state,
                    assignee);
            return entry(staff, VisitRows.one(c, protection.cipher(), id));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A coordinator assigns (or reassigns) a visit to a staff member of the district. */
    public RosterEntry assign(StaffMember staff, UUID visitId, String assignee) {
        try (Connection c = dataSource.getConnection()) {
            HomeVisit visit = inDistrict(c, visitId, staff.district());
            requireCoordinator(staff);
            districtStaff.requireMember(staff.district(), assignee);
            VisitState next = visit.state().after(VisitAction.ASSIGN);
            VisitRows.update(c, visitId, next, "assigned_to = ?, assigned_at = now()", assignee);
            return entry(staff, VisitRows.one(c, protection.cipher(), visitId));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Schedules or reschedules the visit (the family's earlier response is cleared). */
    public RosterEntry schedule(StaffMember staff, UUID visitId, TimeWindow when) {
        HomeVisits.checkFuture(when, clock.instant());
        try (Connection c = dataSource.getConnection()) {
            HomeVisit visit = handled(c, staff, visitId);
            VisitState next = visit.state().after(VisitAction.SCHEDULE);
            VisitRows.update(c, visitId, next, "scheduled_start = ?, scheduled_end = ?, family_response = NULL, "
                    + "family_note = NULL", Jdbc.timestamp(when.start()), Jdbc.timestamp(when.end()));
            return entry(staff, VisitRows.one(c, protection.cipher(), visitId));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Records what the visit came to; done needs the topics covered. */
    public RosterEntry recordOutcome(StaffMember staff, UUID visitId, VisitOutcome outcome, String notes,
            List<String> topics) {
        if (outcome == VisitOutcome.DONE && (topics == null || topics.isEmpty())) {
            throw new VisitTopicsRequiredException();
        }
        try (Connection c = dataSource.getConnection()) {
            HomeVisit visit = handled(c, staff, visitId);
            VisitState next = visit.state().after(outcome.action());
            VisitRows.update(c, visitId, next, "outcome = ?, outcome_notes = ?, topics = ?", outcome.name(), notes,
                    c.createArrayOf("text", topics == null ? new Object[0] : topics.toArray()));
            UUID reservation = VisitRows.reservation(c, visitId);
            switch (outcome) {
                case DONE -> ledger.consume(reservation);
                case FAMILY_ABSENT -> ledger.release(reservation, LedgerReason.NO_SHOW);
                case DECLINED -> ledger.release(reservation, LedgerReason.CANCELLATION);
            }
            return entry(staff, VisitRows.one(c, protection.cipher(), visitId));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private HomeVisit inDistrict(Connection c, UUID visitId, String district) throws SQLException {
        return VisitRows.lockedInDistrict(c, protection.cipher(), visitId, district);
    }

    private HomeVisit handled(Connection c, StaffMember staff, UUID visitId) throws SQLException {
        HomeVisit visit = inDistrict(c, visitId, staff.district());
        if (!staff.mayHandle(visit)) {
            throw new NotAssignedStaffException();
        }
        return visit;
    }

    private static void requireCoordinator(StaffMember staff) {
        if (!staff.coordinator()) {
            throw new CoordinatorRequiredException();
        }
    }

    private RosterEntry entry(StaffMember staff, HomeVisit visit) {
        ListedChild child = children.listedForDistrict(staff.district(), visit.childId(), AccessPurpose.HOME_VISIT);
        return new RosterEntry(staff.mayHandle(visit) ? visit : visit.withoutAddress(), child.maskedName(),
                child.ageInMonths(children.today()), child.anonymised());
    }
}
