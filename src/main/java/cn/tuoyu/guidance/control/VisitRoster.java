package cn.tuoyu.guidance.control;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import cn.tuoyu.entitlements.control.EntitlementLedger;
import cn.tuoyu.entitlements.entity.LedgerReason;
import cn.tuoyu.entitlements.entity.ServiceKind;
import cn.tuoyu.families.control.ChildDirectory;
import cn.tuoyu.families.control.ChildNotFoundException;
import cn.tuoyu.families.entity.AccessPurpose;
import cn.tuoyu.families.entity.ChildRecord;
import cn.tuoyu.families.entity.ListedChild;
import cn.tuoyu.guidance.entity.HomeVisit;
import cn.tuoyu.guidance.entity.TimeWindow;
import cn.tuoyu.guidance.entity.VisitOutcome;
import cn.tuoyu.guidance.entity.VisitState;
import cn.tuoyu.notifications.entity.NoticeKind;
import cn.tuoyu.platform.time.ChinaTime;
import cn.tuoyu.platform.web.Page;

/**
 * The district's home-visit roster for its health staff: filter, open a visit for a due child, assign, schedule and
 * reschedule, record the outcome (done consumes the child's unit; absent or declined gives it back). Coordinators
 * assign and may act on any visit; other staff act on visits assigned to them. Addresses are shown only to the
 * assignee and coordinators. Visits of other districts do not exist for the caller (404). Each child shown is a
 * logged read; the children of a page are asked of the families feature in one call.
 */
@ApplicationScoped
@Transactional
public class VisitRoster {

    /** How many candidates (children of the age without an open visit) the due list looks at, at most. */
    static final int DUE_SCAN_LIMIT = 2000;

    /** The oldest a child on the due list may be, in months (guidance covers 0–36 months). */
    static final int DUE_AGE_MONTHS = 37;

    /** The roster's filters, each a fragment of the roster's query; the order is the roster_page index's. */
    private static final String ROSTER = " FROM HomeVisit v WHERE v.districtCode = :district";
    private static final String BY_SUB_DISTRICT = " AND v.subDistrict = :subDistrict";
    private static final String BY_ASSIGNEE = " AND v.assignedTo = :assignee";
    private static final String BY_STATE = " AND v.state = :state";
    /** The China day of a visit: its scheduled day, or its request day while unscheduled. */
    private static final String FROM_DAY = " AND ((v.scheduledStart IS NOT NULL AND v.scheduledStart >= :from) "
            + "OR (v.scheduledStart IS NULL AND v.requestedAt >= :from))";
    private static final String TO_DAY = " AND ((v.scheduledStart IS NOT NULL AND v.scheduledStart < :until) "
            + "OR (v.scheduledStart IS NULL AND v.requestedAt < :until))";
    /** {@link HomeVisit#overdueAt} as a filter. */
    private static final String OVERDUE = " AND ((v.state = :scheduled AND v.scheduledEnd < :now) "
            + "OR (v.state IN :waiting AND v.requestedAt < :overdueSince))";
    // the order of the home_visits_roster_page index, so that a page is read from it, not sorted
    private static final String ORDER = " ORDER BY v.scheduledStart, v.requestedAt, v.id";

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    @Inject
    ChildDirectory children;

    @Inject
    EntitlementLedger ledger;

    @Inject
    HomeVisits visits;

    @Inject
    DistrictStaff districtStaff;

    @Inject
    DistrictGuidanceRules rules;

    @Inject
    FamilyNotices notices;

    /** Visits of the staff member's district matching the filter, by scheduled time then request time. */
    public Page<RosterEntry> roster(StaffMember staff, RosterFilter filter) {
        Instant now = clock.instant();
        int overdueDays = rules.overdueDays(staff.district());
        StringBuilder where = new StringBuilder(ROSTER);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("district", staff.district());
        if (filter.subDistrict() != null) {
            where.append(BY_SUB_DISTRICT);
            parameters.put("subDistrict", filter.subDistrict());
        }
        if (filter.staff() != null) {
            where.append(BY_ASSIGNEE);
            parameters.put("assignee", filter.staff());
        }
        if (filter.state() != null) {
            where.append(BY_STATE);
            parameters.put("state", filter.state());
        }
        if (filter.from() != null) {
            where.append(FROM_DAY);
            parameters.put("from", filter.from().atStartOfDay(ChinaTime.ZONE).toInstant());
        }
        if (filter.to() != null) {
            where.append(TO_DAY);
            parameters.put("until", filter.to().plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant());
        }
        if (filter.overdueOnly()) {
            where.append(OVERDUE);
            parameters.put("scheduled", VisitState.SCHEDULED);
            parameters.put("now", now);
            parameters.put("waiting", Set.of(VisitState.REQUESTED, VisitState.ASSIGNED));
            parameters.put("overdueSince", HomeVisit.overdueSince(now, overdueDays));
        }
        TypedQuery<HomeVisit> items = em.createQuery("SELECT v" + where + ORDER, HomeVisit.class)
                .setHint(HomeVisit.BATCH, "v.windows").setHint(HomeVisit.BATCH_TYPE, "IN");
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(v)" + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<HomeVisit> found = items.setFirstResult(filter.page() * filter.size()).setMaxResults(filter.size())
                .getResultList();
        long total = Page.of(found, filter.page(), filter.size(), count::getSingleResult).total();
        return new Page<>(entries(staff, found, now, overdueDays), filter.page(), filter.size(), total);
    }

    /** One visit of the district. */
    public RosterEntry visit(StaffMember staff, UUID visitId) {
        HomeVisit visit = em.find(HomeVisit.class, visitId);
        if (visit == null || !visit.districtCode().equals(staff.district())) {
            throw new VisitNotFoundException();
        }
        return entry(staff, visit);
    }

    /**
     * The due list: children of the district with guidance sessions left today and no open visit, youngest first.
     * The list looks at the {@link #DUE_SCAN_LIMIT} youngest children without an open visit; the total counts the
     * due among them.
     */
    public Page<DueChild> due(StaffMember staff, int page, int size) {
        LocalDate today = children.today();
        Instant now = clock.instant();
        List<UUID> candidates = dueCandidates(staff.district(), today.minusMonths(DUE_AGE_MONTHS));
        Map<UUID, Integer> remaining = ledger.remaining(candidates, ServiceKind.GUIDANCE_SESSION, now);
        List<UUID> due = candidates.stream().filter(id -> remaining.getOrDefault(id, 0) > 0).toList();
        int first = Math.min(due.size(), page * size);
        List<UUID> shown = due.subList(first, Math.min(due.size(), first + size));
        Map<UUID, ListedChild> listed = children.listedForDistrict(staff.district(), shown, AccessPurpose.HOME_VISIT);
        List<DueChild> items = new ArrayList<>();
        for (UUID id : shown) {
            ListedChild child = listed.get(id);
            if (child == null || child.anonymised()) {
                throw new ChildNotFoundException();
            }
            items.add(new DueChild(id, child.maskedName(), child.ageInMonths(today), remaining.get(id)));
        }
        return new Page<>(items, page, size, due.size());
    }

    /**
     * The district's youngest children born after {@code bornAfter} without an open visit, at most
     * {@link #DUE_SCAN_LIMIT}: the families feature gives the children youngest first, a slice at a time (each as
     * large as the candidates still missing), and those with an open visit are left out.
     */
    private List<UUID> dueCandidates(String district, LocalDate bornAfter) {
        List<UUID> candidates = new ArrayList<>();
        int offset = 0;
        while (candidates.size() < DUE_SCAN_LIMIT) {
            int wanted = DUE_SCAN_LIMIT - candidates.size();
            List<UUID> slice = children.youngestOfDistrict(district, bornAfter, offset, wanted);
            if (slice.isEmpty()) {
                break;
            }
            Set<UUID> open = new HashSet<>(em.createNamedQuery(HomeVisit.OPEN_AMONG, UUID.class)
                    .setParameter("children", slice).setParameter("open", VisitState.OPEN).getResultList());
            slice.stream().filter(id -> !open.contains(id)).forEach(candidates::add);
            if (slice.size() < wanted) {
                break;
            }
            offset += slice.size();
        }
        return candidates;
    }

    /** A coordinator opens a visit for a child of the district (from the due list), assigned at once. */
    public RosterEntry open(StaffMember staff, UUID childId, String assignee, String subDistrict) {
        requireCoordinator(staff);
        ChildRecord child = children.childOfDistrict(staff.district(), childId, AccessPurpose.HOME_VISIT);
        districtStaff.requireMember(staff.district(), assignee);
        Instant now = clock.instant();
        if (ledger.remaining(child.id(), ServiceKind.GUIDANCE_SESSION, now) <= 0) {
            throw new ChildNotDueException();
        }
        visits.requireNoOpenVisit(child.id());
        UUID id = UUID.randomUUID();
        HomeVisit visit = HomeVisit.openedForDue(id, child.id(), staff.district(), staff.subject(), subDistrict,
                assignee, visits.reserve(child.id(), id), now);
        visits.insert(visit);
        assigned(visit);
        return entry(staff, visit);
    }

    /** A coordinator assigns (or reassigns) a visit to a staff member of the district. */
    public RosterEntry assign(StaffMember staff, UUID visitId, String assignee) {
        HomeVisit visit = lockedInDistrict(visitId, staff.district());
        requireCoordinator(staff);
        districtStaff.requireMember(staff.district(), assignee);
        visit.assign(assignee, clock.instant());
        assigned(visit);
        return entry(staff, visit);
    }

    /** Schedules or reschedules the visit (the family's earlier response is cleared). */
    public RosterEntry schedule(StaffMember staff, UUID visitId, TimeWindow when) {
        Instant now = clock.instant();
        when.checkBookableAt(now);
        HomeVisit visit = handled(staff, visitId);
        boolean first = visit.scheduled() == null;
        visit.schedule(when, now);
        if (first) {
            notices.aboutVisit(visit, NoticeKind.VISIT_SCHEDULED, "visit-scheduled:" + visit.id());
        } else {
            notices.aboutVisit(visit, NoticeKind.VISIT_RESCHEDULED,
                    "visit-rescheduled:" + visit.id() + ":" + when.start().getEpochSecond());
        }
        return entry(staff, visit);
    }

    /** Records what the visit came to; done needs the topics covered. */
    public RosterEntry recordOutcome(StaffMember staff, UUID visitId, VisitOutcome outcome, String notes,
            List<String> topics) {
        outcome.checkTopics(topics);
        HomeVisit visit = handled(staff, visitId);
        visit.record(outcome, notes, topics, clock.instant());
        switch (outcome) {
            case DONE -> ledger.consume(visit.reservationId());
            case FAMILY_ABSENT -> ledger.release(visit.reservationId(), LedgerReason.NO_SHOW);
            case DECLINED -> ledger.release(visit.reservationId(), LedgerReason.CANCELLATION);
        }
        notices.aboutVisit(visit, NoticeKind.VISIT_OUTCOME, "visit-outcome:" + visit.id());
        return entry(staff, visit);
    }

    /** The visit, locked for change; 404 when it is not in this district. */
    private HomeVisit lockedInDistrict(UUID visitId, String district) {
        HomeVisit visit = em.find(HomeVisit.class, visitId, LockModeType.PESSIMISTIC_WRITE);
        if (visit == null || !visit.districtCode().equals(district)) {
            throw new VisitNotFoundException();
        }
        return visit;
    }

    private HomeVisit handled(StaffMember staff, UUID visitId) {
        HomeVisit visit = lockedInDistrict(visitId, staff.district());
        if (!staff.mayHandle(visit)) {
            throw new NotAssignedStaffException();
        }
        return visit;
    }

    /** The family learns that someone will come (once per visit: a reassignment is the staff's own business). */
    private void assigned(HomeVisit visit) {
        notices.aboutVisit(visit, NoticeKind.VISIT_ASSIGNED, "visit-assigned:" + visit.id());
    }

    private static void requireCoordinator(StaffMember staff) {
        if (!staff.coordinator()) {
            throw new CoordinatorRequiredException();
        }
    }

    private RosterEntry entry(StaffMember staff, HomeVisit visit) {
        return entries(staff, List.of(visit), clock.instant(), rules.overdueDays(staff.district())).get(0);
    }

    /** The visits as the staff member may see them, their children asked of the families feature in one call. */
    List<RosterEntry> entries(StaffMember staff, List<HomeVisit> found, Instant now, int overdueDays) {
        Map<UUID, ListedChild> listed = children.listedForDistrict(staff.district(),
                found.stream().map(HomeVisit::childId).toList(), AccessPurpose.HOME_VISIT);
        LocalDate today = ChinaTime.dateOf(now);
        List<RosterEntry> entries = new ArrayList<>();
        for (HomeVisit visit : found) {
            ListedChild child = listed.get(visit.childId());
            if (child == null) {
                throw new ChildNotFoundException();
            }
            entries.add(new RosterEntry(visit, staff.mayHandle(visit) ? visits.address(visit) : null,
                    visit.overdueAt(now, overdueDays), child.maskedName(), child.ageInMonths(today),
                    child.anonymised()));
        }
        return entries;
    }
}
