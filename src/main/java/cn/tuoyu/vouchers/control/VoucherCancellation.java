package cn.tuoyu.vouchers.control;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import cn.tuoyu.entitlements.control.EntitlementLedger;
import cn.tuoyu.entitlements.entity.LedgerReason;
import cn.tuoyu.families.control.ChildrenErased;
import cn.tuoyu.vouchers.entity.AuditLine.Action;
import cn.tuoyu.vouchers.entity.AuditLine.Actor;
import cn.tuoyu.vouchers.entity.Voucher;
import cn.tuoyu.vouchers.entity.VoucherState;

/**
 * When children are erased (consent withdrawn, or a child removed by its guardian), cancels their unredeemed
 * vouchers inside the erasure's transaction, as expiry does for an unused voucher: each claimed voucher is locked
 * (a redemption in progress finishes first, and its voucher stays redeemed), cancelled, its reserved entitlement
 * released and a line written to the audit trail. The voucher keeps its serial and stays counted as issued;
 * redeemed vouchers stay as they are for settlement.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class VoucherCancellation {

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    @Inject
    EntitlementLedger ledger;

    @Inject
    VoucherAudit audit;

    void cancelUnredeemed(@Observes ChildrenErased withdrawal) {
        if (withdrawal.erasedChildren().isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        for (Voucher voucher : em.createNamedQuery(Voucher.CLAIMED_FOR_CHILDREN, Voucher.class)
                .setParameter("children", List.copyOf(withdrawal.erasedChildren()))
                .setParameter("claimed", VoucherState.CLAIMED)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()) {
            voucher.cancelAt(now);
            if (voucher.reservationId() != null) {
                ledger.release(voucher.reservationId(), LedgerReason.CANCELLATION);
            }
            audit.record(Action.CANCELLED, voucher.batchId(), voucher.id(), null,
                    Actor.resident(withdrawal.guardian()), withdrawal.cause());
        }
    }
}
