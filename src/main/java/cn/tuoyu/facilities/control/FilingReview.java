package cn.tuoyu.facilities.control;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import cn.tuoyu.facilities.entity.ApplicationKind;
import cn.tuoyu.facilities.entity.ApplicationStatus;
import cn.tuoyu.facilities.entity.Decision;
import cn.tuoyu.facilities.entity.DecisionAction;
import cn.tuoyu.facilities.entity.Facility;
import cn.tuoyu.facilities.entity.FacilityDetails;
import cn.tuoyu.facilities.entity.FilingApplication;
import cn.tuoyu.facilities.entity.HygieneEvaluation;
import cn.tuoyu.facilities.entity.MaterialKind;
import cn.tuoyu.facilities.entity.Standing;
import cn.tuoyu.facilities.entity.StandingAction;
import cn.tuoyu.platform.time.ChinaTime;
import cn.tuoyu.platform.web.Page;

/**
 * Health staff of the facility's district decide: file or refuse a filing, approve or refuse a change or a
 * deregistration, suspend, reinstate or revoke. Each decision locks the facility and the application rows, is taken
 * once (the database allows one decision per application), and is written to the history.
 */
@ApplicationScoped
@Transactional
public class FilingReview {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    FacilityNotices notices;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    @Inject
    FacilityRecords records;

    @Inject
    Filings filings;

    /**
     * Decides a pending application. Filing it needs a filing number, the materials the seeds require and the hygiene
     * evaluation read as 合格; a refusal needs reasons (and may record the hygiene evaluation as read).
     */
    public ApplicationFile decide(Reviewer reviewer, String facilityId, String applicationId, Outcome outcome,
            String filingNumber, LocalDate filedOn, String reasons, HygieneEvaluation hygiene) {
        Facility facility = records.locked(facilityId, false, true, Scope.healthStaff(reviewer.district()));
        UUID id = FacilityRecords.parse(applicationId).orElseThrow(ApplicationNotFoundException::new);
        FilingApplication application = em.find(FilingApplication.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (application == null || !application.facilityId().equals(facility.id())
                || application.status() == ApplicationStatus.DRAFT) {
            throw new ApplicationNotFoundException();
        }
        Instant now = clock.instant();
        DecisionAction action;
        if (outcome == Outcome.REFUSE) {
            if (reasons == null || reasons.isBlank()) {
                throw new DecisionIncompleteException("reasons");
            }
            application.refuse(reasons.strip(), now);
            action = switch (application.kind()) {
                case FILING -> DecisionAction.REFUSE;
                case CHANGE -> DecisionAction.REFUSE_CHANGE;
                case DEREGISTRATION -> DecisionAction.REFUSE_DEREGISTRATION;
            };
        } else {
            if (application.kind() == ApplicationKind.FILING) {
                if (filingNumber == null || filingNumber.isBlank()) {
                    throw new DecisionIncompleteException("a filing number");
                }
                if (hygiene == null) {
                    throw new DecisionIncompleteException("the hygiene evaluation's conclusion as read from the "
                            + "report (hygieneEvaluation)");
                }
                Set<MaterialKind> missing = filings.missingMaterials(facility, application);
                if (!missing.isEmpty()) {
                    throw new FilingIncompleteException(missing);
                }
                if (!hygiene.permitsFiling()) {
                    throw new HygieneNotQualifiedException();
                }
            }
            application.approve(now);
            switch (application.kind()) {
                case FILING -> {
                    requireUnusedFilingNumber(filingNumber.strip());
                    facility.file(filingNumber.strip(), filedOn == null ? ChinaTime.today(clock) : filedOn, now);
                    action = DecisionAction.FILE;
                }
                case CHANGE -> {
                    facility.applyApprovedChange(JSON.fromJson(application.proposed(), FacilityDetails.class), now);
                    action = DecisionAction.APPROVE_CHANGE;
                }
                default -> {
                    facility.deregister(now);
                    action = DecisionAction.DEREGISTER;
                }
            }
        }
        em.persist(new Decision(facility, application.id(), action, reviewer.subject(), reviewer.name(), reasons,
                application.kind() == ApplicationKind.FILING ? hygiene : null, now));
        records.flush("filing number");
        if (application.kind() == ApplicationKind.FILING) {
            notices.decided(facility, application, outcome != Outcome.REFUSE);
        }
        return filings.describe(facility, application, Scope.healthStaff(reviewer.district()));
    }

    public Facility changeStanding(Reviewer reviewer, String facilityId, StandingAction action, String reasons) {
        Facility facility = records.locked(facilityId, false, true, Scope.healthStaff(reviewer.district()));
        if (reasons == null || reasons.isBlank()) {
            throw new DecisionIncompleteException("reasons");
        }
        Instant now = clock.instant();
        DecisionAction decision = switch (action) {
            case SUSPEND -> {
                facility.suspend(now);
                yield DecisionAction.SUSPEND;
            }
            case REINSTATE -> {
                facility.reinstate(now);
                yield DecisionAction.REINSTATE;
            }
            case REVOKE -> {
                facility.revoke(now);
                yield DecisionAction.REVOKE;
            }
        };
        em.persist(new Decision(facility, null, decision, reviewer.subject(), reviewer.name(), reasons, now));
        records.flush("filing number");
        return facility;
    }

    public List<Decision> history(Scope scope, String facilityId) {
        Facility facility = records.visible(scope, facilityId);
        return em.createQuery("SELECT d FROM Decision d WHERE d.facilityId = :id ORDER BY d.decidedAt, d.id",
                Decision.class).setParameter("id", facility.id()).getResultList();
    }

    public Page<PendingApplication> pending(String district, int page, int size) {
        List<PendingApplication> items = em.createQuery("SELECT NEW cn.tuoyu.facilities.control.PendingApplication("
                + "a.id, f.id, f.name, a.kind, a.submittedAt) FROM FilingApplication a, Facility f "
                + "WHERE f.id = a.facilityId AND f.districtCode = :district "
                + "AND a.status = cn.tuoyu.facilities.entity.ApplicationStatus.PENDING "
                + "ORDER BY a.submittedAt, a.id", PendingApplication.class)
                .setParameter("district", district).setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = em.createQuery("SELECT COUNT(a) FROM FilingApplication a, Facility f "
                + "WHERE f.id = a.facilityId AND f.districtCode = :district "
                + "AND a.status = cn.tuoyu.facilities.entity.ApplicationStatus.PENDING", Long.class)
                .setParameter("district", district).getSingleResult();
        return new Page<>(items, page, size, total);
    }

    /** Every facility of the district, by name, of one standing or of all. */
    public Page<Facility> facilities(String district, Standing standing, int page, int size) {
        String where = " FROM Facility f WHERE f.districtCode = :district"
                + (standing == null ? "" : " AND f.standing = :standing");
        TypedQuery<Facility> items = em.createQuery("SELECT f" + where + " ORDER BY f.name, f.id", Facility.class)
                .setParameter("district", district);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(f)" + where, Long.class)
                .setParameter("district", district);
        if (standing != null) {
            items.setParameter("standing", standing);
            count.setParameter("standing", standing);
        }
        return new Page<>(items.setFirstResult(page * size).setMaxResults(size).getResultList(), page, size,
                count.getSingleResult());
    }

    private void requireUnusedFilingNumber(String number) {
        long count = em.createQuery("SELECT COUNT(f) FROM Facility f WHERE f.filingNumber = :n", Long.class)
                .setParameter("n", number).getSingleResult();
        if (count > 0) {
            throw new AlreadyUsedException("filing number");
        }
    }
}
