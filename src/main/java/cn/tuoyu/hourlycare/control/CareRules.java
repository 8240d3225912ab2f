package cn.tuoyu.hourlycare.control;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import cn.tuoyu.hourlycare.entity.DistrictCareRule;

/**
 * The district's hourly-care rule in force on a day. A district without one gets the platform's default: per started
 * half hour, cancel up to two hours before, a no-show uses the voucher up, vouchers only, closed 30 minutes after
 * closing.
 */
@ApplicationScoped
@Transactional
public class CareRules {

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    public DistrictCareRule inForce(String district, LocalDate day) {
        return em.createNamedQuery(DistrictCareRule.IN_FORCE, DistrictCareRule.class)
                .setParameter("district", district).setParameter("day", day).setMaxResults(1).getResultStream()
                .findFirst().orElseGet(() -> new DistrictCareRule(district, day, 30, 120, true, false, 30));
    }
}
