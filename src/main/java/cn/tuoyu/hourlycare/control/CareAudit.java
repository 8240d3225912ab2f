package cn.tuoyu.hourlycare.control;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import cn.tuoyu.hourlycare.entity.CareAuditLine;
import cn.tuoyu.hourlycare.entity.CareAuditLine.Action;

/**
 * Hourly care's append-only trail. A step is written in the transaction that makes it; a refusal at pick-up is
 * written in a transaction of its own, so it stays when the refused request rolls back.
 */
@ApplicationScoped
public class CareAudit {

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Action action, UUID sessionId, UUID facilityId, String actor, String detail) {
        em.persist(new CareAuditLine(clock.instant(), action, sessionId, facilityId, actor, detail));
    }

    /** A refusal, kept whatever becomes of the request that was refused. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refusal(Action action, UUID sessionId, UUID facilityId, String actor, String detail) {
        em.persist(new CareAuditLine(clock.instant(), action, sessionId, facilityId, actor, detail));
    }
}
