package cn.tuoyu.families.control;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import cn.tuoyu.families.entity.AccessPurpose;
import cn.tuoyu.families.entity.Age;
import cn.tuoyu.families.entity.Child;
import cn.tuoyu.families.entity.ChildRecord;
import cn.tuoyu.families.entity.ChildSummary;
import cn.tuoyu.families.entity.GuardedChild;
import cn.tuoyu.families.entity.ListedChild;
import cn.tuoyu.families.entity.Masking;
import cn.tuoyu.platform.security.Caller;
import cn.tuoyu.platform.security.Roles;
import cn.tuoyu.platform.time.ChinaTime;
import cn.tuoyu.platform.web.Page;

/**
 * Children as other features and staff meet them. Residents reach only children they guard (with current consent);
 * health staff only children of their district; facility staff only a counter summary of a child whose voucher was
 * presented at their counter. Every staff read is written to the access log. All methods join the caller's
 * transaction. Whether a facility has met a child at its counter is the vouchers feature's answer
 * ({@link CounterContacts}).
 */
@ApplicationScoped
@Transactional
public class ChildDirectory {

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    @Inject
    Consents consents;

    @Inject
    ChildRegistry registry;

    @Inject
    Caller caller;

    @Inject
    AccessLog accessLog;

    @Inject
    CounterContacts counterContacts;

    /**
     * The child, if this resident guards it and their consent stands: {@link ChildNotFoundException} (404) for any
     * other id, {@link ChildrenDataConsentRequiredException} (422) without current consent.
     */
    public GuardedChild childOfGuardian(UUID childId, String guardianSubject) {
        return registry.childOf(guardianSubject, childId).guarded();
    }

    /**
     * The children this resident guards, for saying what each may do; empty (not an error) without current consent,
     * so that lists anyone may read stay readable for a resident who has not consented.
     */
    public List<GuardedChild> childrenOfGuardian(String guardianSubject) {
        if (consents.of(guardianSubject).filter(Consents.Consent::current).isEmpty()) {
            return List.of();
        }
        return registry.childrenOf(guardianSubject).stream().map(ChildRecord::guarded).toList();
    }

    /**
     * What staff at a counter may see: masked name, age in whole months today (China time), district. Health staff
     * see children of their district; facility staff only a child whose voucher their facility has redeemed (the
     * redemption live, or voided less than {@code app.voucher-void-window-minutes} after it was made). The read is
     * logged with the caller and the purpose. Unknown or out of scope: 404.
     */
    public ChildSummary summaryForStaff(UUID childId, AccessPurpose purpose) {
        ChildRecord child = staffRead(childId, purpose);
        return child.summary(ChinaTime.today(clock));
    }

    /**
     * The counter summary of the child whose voucher is being presented at this facility's counter right now, for
     * the redemption itself; the caller has checked the voucher's code. Logged as a facility read.
     */
    public ChildSummary summaryAtCounter(UUID childId, UUID facilityId, AccessPurpose purpose) {
        ChildRecord child = recorded(childId).orElseThrow(ChildNotFoundException::new).record();
        accessLog.record(childId, Roles.FACILITY, facilityId.toString(), purpose);
        return child.summary(ChinaTime.today(clock));
    }

    /** A child of the health staff member's district, logged; 404 for other districts. */
    public ChildRecord childOfDistrict(String district, UUID childId, AccessPurpose purpose) {
        ChildRecord child = recorded(childId).filter(c -> c.districtCode().equals(district))
                .orElseThrow(ChildNotFoundException::new).record();
        accessLog.record(childId, Roles.HEALTH_COMMISSION, district, purpose);
        return child;
    }

    /**
     * A child of the district as staff lists show it (roster, its export, attendees): masked name and birth date, or,
     * for a child anonymised on withdrawal of consent, only that it was (the list keeps working). A read of a
     * recorded child is logged; an anonymised one holds nothing personal to log. Other districts: 404.
     */
    public ListedChild listedForDistrict(String district, UUID childId, AccessPurpose purpose) {
        Child child = childId == null ? null : em.find(Child.class, childId);
        if (child == null || !district.equals(child.districtCode())) {
            throw new ChildNotFoundException();
        }
        if (!child.anonymised()) {
            accessLog.record(childId, Roles.HEALTH_COMMISSION, district, purpose);
        }
        return child.listed();
    }

    /**
     * Several children of the district as staff lists show them ({@link #listedForDistrict(String, UUID,
     * AccessPurpose)}), read in one query; each recorded child is logged as read. Ids unknown or of other districts are
     * left out of the answer.
     */
    public Map<UUID, ListedChild> listedForDistrict(String district, Collection<UUID> childIds,
            AccessPurpose purpose) {
        Map<UUID, ListedChild> listed = new HashMap<>();
        if (childIds.isEmpty()) {
            return listed;
        }
        for (Child child : em.createNamedQuery(Child.BY_IDS, Child.class).setParameter("ids", Set.copyOf(childIds))
                .getResultList()) {
            if (district.equals(child.districtCode())) {
                if (!child.anonymised()) {
                    accessLog.record(child.id(), Roles.HEALTH_COMMISSION, district, purpose);
                }
                listed.put(child.id(), child.listed());
            }
        }
        return listed;
    }

    /**
     * A slice of the ids of the district's registered children born after {@code bornAfter}, youngest first (then by
     * id), for working lists that filter them further (the home-visit due list); no person reads them, so not logged.
     */
    public List<UUID> youngestOfDistrict(String district, LocalDate bornAfter, int offset, int limit) {
        return em.createNamedQuery(Child.YOUNGEST_OF_DISTRICT, UUID.class).setParameter("district", district)
                .setParameter("after", bornAfter).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /**
     * Whether this resident guards the recorded child, whatever their consent; no error either way, so that the asker
     * answers in its own terms (a visit of another family is not found).
     */
    public boolean guards(String guardianSubject, UUID childId) {
        return childId != null && em.createNamedQuery(Child.GUARDED, Child.class).setParameter("id", childId)
                .setParameter("subject", guardianSubject).getResultStream().findFirst().isPresent();
    }

    /** The ids of the recorded children this resident guards, whatever their consent: for finding what is theirs. */
    public Set<UUID> idsOfGuardian(String guardianSubject) {
        return em.createNamedQuery(Child.OF_GUARDIAN, Child.class).setParameter("subject", guardianSubject)
                .getResultStream().map(Child::id).collect(Collectors.toSet());
    }

    /** A page of the district's children, oldest registration first; each child listed is logged as read. */
    public Page<ChildRecord> childrenOfDistrict(String district, AccessPurpose purpose, int page, int size) {
        List<ChildRecord> items = em.createNamedQuery(Child.OF_DISTRICT, Child.class)
                .setParameter("district", district).setFirstResult(page * size).setMaxResults(size)
                .getResultList().stream().map(Child::record).toList();
        for (ChildRecord child : items) {
            accessLog.record(child.id(), Roles.HEALTH_COMMISSION, district, purpose);
        }
        long total = em.createNamedQuery(Child.COUNT_OF_DISTRICT, Long.class).setParameter("district", district)
                .getSingleResult();
        return new Page<>(items, page, size, total);
    }

    /**
     * The residents who guard a recorded child, whatever their consent, to tell them of what happens to it
     * (notifications); empty for unknown or anonymised children.
     */
    public List<String> guardiansOf(UUID childId) {
        return recorded(childId).map(Child::guardianSubjects).orElse(List.of());
    }

    /**
     * Birth date and district of a registered child, for the platform's own rules (entitlements); not a read by a
     * person, so not logged. Empty for unknown or anonymised children.
     */
    public Optional<GuardedChild> facts(UUID childId) {
        return recorded(childId).map(c -> c.record().guarded());
    }

    /** {@link #facts(UUID)} of several children in one query; unknown or anonymised children are left out. */
    public List<GuardedChild> facts(Collection<UUID> childIds) {
        if (childIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Child.FACTS, Object[].class).setParameter("ids", Set.copyOf(childIds))
                .getResultStream().map(r -> new GuardedChild((UUID) r[0], Masking.name((String) r[1]),
                        (LocalDate) r[2], (String) r[3]))
                .toList();
    }

    /**
     * The ids of the district's registered children aged {@code fromMonths} to {@code toMonths} (whole months, as
     * {@link Age} counts them) on {@code day}, for aggregates (entitlement coverage); no person reads them, so not
     * logged.
     */
    public Set<UUID> idsInAgeBand(String district, int fromMonths, int toMonths, LocalDate day) {
        Set<UUID> ids = new HashSet<>();
        // a loose range of birth dates (month ends differ by up to three days); Age decides exactly below
        for (Object[] row : em.createNamedQuery(Child.BORN_IN_DISTRICT, Object[].class)
                .setParameter("district", district).setParameter("after", day.minusMonths(toMonths + 2L))
                .setParameter("until", day.minusMonths(fromMonths).plusDays(4)).getResultList()) {
            int age = Age.inMonths((LocalDate) row[1], day);
            if (age >= fromMonths && age <= toMonths) {
                ids.add((UUID) row[0]);
            }
        }
        return ids;
    }

    /** Today's date in China, as the families feature counts ages. */
    public LocalDate today() {
        return ChinaTime.today(clock);
    }

    private ChildRecord staffRead(UUID childId, AccessPurpose purpose) {
        if (caller.hasRole(Roles.HEALTH_COMMISSION)) {
            return childOfDistrict(caller.requireDistrict(), childId, purpose);
        }
        if (!caller.hasRole(Roles.FACILITY)) {
            throw new ChildNotFoundException();
        }
        String facility = caller.requireFacilityId();
        ChildRecord child = recorded(childId).orElseThrow(ChildNotFoundException::new).record();
        if (!counterContacts.facilityHasRedeemedFor(facilityId(facility), childId)) {
            throw new ChildNotFoundException();
        }
        accessLog.record(childId, Roles.FACILITY, facility, purpose);
        return child;
    }

    private Optional<Child> recorded(UUID childId) {
        return Optional.ofNullable(childId == null ? null : em.find(Child.class, childId)).filter(c -> !c.anonymised());
    }

    /** The caller's facility id; a claim that is not a UUID matches no facility (404). */
    private static UUID facilityId(String claim) {
        try {
            return UUID.fromString(claim);
        } catch (IllegalArgumentException e) {
            throw new ChildNotFoundException();
        }
    }
}
