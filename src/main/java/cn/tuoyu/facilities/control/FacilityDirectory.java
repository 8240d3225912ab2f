package cn.tuoyu.facilities.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import cn.tuoyu.facilities.entity.Facility;
import cn.tuoyu.facilities.entity.Standing;
import cn.tuoyu.platform.web.Page;

/**
 * The public directory (no login): filed facilities — suspended ones too, marked as such, so families know — and
 * refused filings with their reasons, as the seeds require them published.
 */
@ApplicationScoped
@Transactional
public class FacilityDirectory {

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    public Page<Facility> search(DirectoryQuery query) {
        StringBuilder where = new StringBuilder(" WHERE f.standing IN :standings");
        List<Object[]> parameters = new ArrayList<>();
        parameters.add(new Object[] {"standings", List.of(Standing.FILED, Standing.SUSPENDED)});
        if (query.district() != null) {
            where.append(" AND f.districtCode = :district");
            parameters.add(new Object[] {"district", query.district()});
        }
        if (query.serviceType() != null) {
            where.append(" AND :serviceType MEMBER OF f.serviceTypes");
            parameters.add(new Object[] {"serviceType", query.serviceType()});
        }
        if (query.affordable() != null) {
            where.append(" AND f.affordable = :affordable");
            parameters.add(new Object[] {"affordable", query.affordable()});
        }
        if (query.demonstration() != null) {
            where.append(" AND f.demonstration = :demonstration");
            parameters.add(new Object[] {"demonstration", query.demonstration()});
        }
        if (query.likePattern() != null) {
            where.append(" AND (LOWER(f.name) LIKE :q ESCAPE '!' OR LOWER(f.address) LIKE :q ESCAPE '!')");
            parameters.add(new Object[] {"q", query.likePattern()});
        }
        TypedQuery<Facility> items = em.createQuery("SELECT f FROM Facility f" + where + " ORDER BY f.name, f.id",
                Facility.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(f) FROM Facility f" + where, Long.class);
        for (Object[] p : parameters) {
            items.setParameter((String) p[0], p[1]);
            count.setParameter((String) p[0], p[1]);
        }
        List<Facility> page = items.setFirstResult(query.page() * query.size()).setMaxResults(query.size())
                .getResultList();
        return new Page<>(page, query.page(), query.size(), count.getSingleResult());
    }

    /** A facility of the directory, or empty if it is not listed (never filed, revoked, deregistered). */
    public Optional<Facility> listed(String facilityId) {
        return FacilityRecords.parse(facilityId).map(id -> em.find(Facility.class, id))
                .filter(f -> f.standing() == Standing.FILED || f.standing() == Standing.SUSPENDED);
    }

    public Page<Refusal> refusals(String district, int page, int size) {
        String where = " FROM FilingApplication a, Facility f WHERE f.id = a.facilityId"
                + " AND a.status = cn.tuoyu.facilities.entity.ApplicationStatus.REFUSED"
                + " AND a.kind = cn.tuoyu.facilities.entity.ApplicationKind.FILING"
                + (district == null ? "" : " AND f.districtCode = :district");
        TypedQuery<Refusal> items = em.createQuery("SELECT NEW cn.tuoyu.facilities.control.Refusal(a.id, f.name, "
                + "f.districtCode, a.decidedAt, a.reasons)" + where + " ORDER BY a.decidedAt DESC, a.id",
                Refusal.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a)" + where, Long.class);
        if (district != null) {
            items.setParameter("district", district);
            count.setParameter("district", district);
        }
        return new Page<>(items.setFirstResult(page * size).setMaxResults(size).getResultList(), page, size,
                count.getSingleResult());
    }
}
