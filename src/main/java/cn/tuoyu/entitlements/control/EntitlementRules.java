package cn.tuoyu.entitlements.control;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import cn.tuoyu.districts.control.Districts;
import cn.tuoyu.entitlements.entity.EntitlementRule;
import cn.tuoyu.entitlements.entity.RuleVersion;
import cn.tuoyu.platform.persistence.Jdbc;
import cn.tuoyu.platform.time.ChinaTime;

/** The rule versions of each district: read by anyone, published by the district's health staff. */
@ApplicationScoped
@Transactional
public class EntitlementRules {

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    @Inject
    Districts districts;

    /** All versions of a district, oldest first. */
    public List<RuleVersion> versions(String district) {
        districts.byCode(district);
        return stored(district);
    }

    public RuleVersion version(String district, int version) {
        return versions(district).stream().filter(v -> v.version() == version).findFirst()
                .orElseThrow(RuleVersionNotFoundException::new);
    }

    /**
     * Publishes the next version for the staff member's own district, effective today (China) or later. Two
     * publications racing for the same version number or date meet on the primary key and the unique date: one
     * wins, the other is refused (409).
     */
    public RuleVersion publish(String staffDistrict, String staffSubject, String district, LocalDate effectiveFrom,
            List<EntitlementRule> rules) {
        districts.requireOwn(staffDistrict, district);
        if (effectiveFrom.isBefore(ChinaTime.today(clock))) {
            throw new EffectiveDateInPastException();
        }
        List<RuleVersion> existing = stored(district);
        if (existing.stream().anyMatch(v -> v.effectiveFrom().equals(effectiveFrom))) {
            throw new RuleVersionExistsException();
        }
        int next = existing.stream().mapToInt(RuleVersion::version).max().orElse(0) + 1;
        RuleVersion version = new RuleVersion(district, next, effectiveFrom, clock.instant(), staffSubject, rules);
        try {
            em.persist(version);
            em.flush();
        } catch (PersistenceException e) {
            if (Jdbc.uniqueViolation(e)) {
                throw new RuleVersionExistsException();
            }
            throw e;
        }
        return version;
    }

    /** The district's versions as stored, oldest first, for the ledger (no check that the district exists). */
    List<RuleVersion> stored(String district) {
        return em.createNamedQuery(RuleVersion.OF_DISTRICT, RuleVersion.class).setParameter("district", district)
                .getResultList();
    }
}
