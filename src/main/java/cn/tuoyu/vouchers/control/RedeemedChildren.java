package cn.tuoyu.vouchers.control;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.tuoyu.families.control.CounterContacts;
import cn.tuoyu.vouchers.entity.Redemption;

/** Tells the families feature which children a facility has met at its counter: those whose voucher it redeemed. */
@ApplicationScoped
@Transactional
public class RedeemedChildren implements CounterContacts {

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "app.voucher-void-window-minutes", defaultValue = "30")
    long voidWindowMinutes;

    @Override
    public boolean facilityHasRedeemedFor(UUID facilityId, UUID childId) {
        return em.createNamedQuery(Redemption.SEEN_BY_FACILITY, Long.class).setParameter("child", childId)
                .setParameter("facility", facilityId)
                .setParameter("since", clock.instant().minus(Duration.ofMinutes(voidWindowMinutes)))
                .getSingleResult() > 0;
    }
}
