package cn.tuoyu.vouchers.control;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import cn.tuoyu.entitlements.control.EntitlementLedger;
import cn.tuoyu.entitlements.entity.LedgerReason;
import cn.tuoyu.platform.persistence.InstantConverter;
import cn.tuoyu.vouchers.entity.AuditLine.Action;
import cn.tuoyu.vouchers.entity.AuditLine.Actor;
import cn.tuoyu.vouchers.entity.Voucher;
import cn.tuoyu.vouchers.entity.VoucherState;

/**
 * Unredeemed vouchers expire at the end of their validity and give back the entitlement they reserved. Each run
 * locks a chunk of due vouchers that no other transaction holds (SKIP LOCKED), so every app instance may run this at
 * once without doing anything twice, and a redemption in progress keeps its voucher.
 */
@ApplicationScoped
public class VoucherExpiry {

    private static final Logger LOG = Logger.getLogger(VoucherExpiry.class.getName());
    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    @Inject
    EntitlementLedger ledger;

    @Inject
    VoucherAudit audit;

    /** Expires up to one chunk of due vouchers; returns how many. */
    @Transactional
    public int expireDue(Instant now) {
        List<?> due = em.createNamedQuery(Voucher.LOCK_DUE).setParameter(1, VoucherState.CLAIMED.name())
                .setParameter(2, InstantConverter.column(now)).setParameter(3, CHUNK).getResultList();
        if (due.isEmpty()) {
            return 0;
        }
        List<UUID> ids = due.stream().map(id -> (UUID) id).toList();
        List<Voucher> vouchers = em.createNamedQuery(Voucher.BY_IDS, Voucher.class).setParameter("ids", ids)
                .getResultList();
        for (Voucher voucher : vouchers) {
            voucher.expireAt(now);
            if (voucher.reservationId() != null) {
                ledger.release(voucher.reservationId(), LedgerReason.EXPIRY);
            }
            audit.record(Action.EXPIRED, voucher.batchId(), voucher.id(), null, Actor.SYSTEM, null);
        }
        LOG.info("expired vouchers: " + vouchers.size());
        return vouchers.size();
    }
}
