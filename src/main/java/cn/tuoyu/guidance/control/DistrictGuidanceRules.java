package cn.tuoyu.guidance.control;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.tuoyu.guidance.entity.DistrictGuidanceRule;
import cn.tuoyu.guidance.entity.NoShowRule;

/**
 * A district's guidance rules ({@link DistrictGuidanceRule}): the no-show rule (default CONSUME), the waitlist offer
 * hold (default {@code app.waitlist-offer-hours}, 12) and when an unscheduled visit is overdue (default 14 days).
 */
@ApplicationScoped
public class DistrictGuidanceRules {

    @Inject
    @ConfigProperty(name = "app.waitlist-offer-hours", defaultValue = "12")
    int offerHours;

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    NoShowRule noShow(String district) {
        return of(district).noShow();
    }

    Duration offerHold(String district) {
        return of(district).offerHold(offerHours);
    }

    int overdueDays(String district) {
        return of(district).visitOverdueDays();
    }

    private DistrictGuidanceRule of(String district) {
        DistrictGuidanceRule rule = em.find(DistrictGuidanceRule.class, district);
        return rule == null ? DistrictGuidanceRule.defaults(district) : rule;
    }
}
