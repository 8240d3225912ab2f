package cn.tuoyu.vouchers.control;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import cn.tuoyu.vouchers.entity.AuditLine;
import cn.tuoyu.vouchers.entity.AuditLine.Action;
import cn.tuoyu.vouchers.entity.AuditLine.Actor;

/** The append-only trail (a trigger refuses updates and deletes): written in the same transaction as the change. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class VoucherAudit {

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    public void record(Action action, UUID batchId, UUID voucherId, UUID facilityId, Actor actor, String detail) {
        em.persist(new AuditLine(clock.instant(), action, batchId, voucherId, facilityId, actor, detail));
    }
}
