package cn.tuoyu.vouchers.control;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import cn.tuoyu.entitlements.control.EntitlementLedger;
import cn.tuoyu.entitlements.entity.LedgerReason;
import cn.tuoyu.entitlements.entity.ServiceKind;
import cn.tuoyu.families.control.ChildDirectory;
import cn.tuoyu.families.entity.Age;
import cn.tuoyu.families.entity.GuardedChild;
import cn.tuoyu.notifications.entity.NoticeKind;
import cn.tuoyu.platform.persistence.InstantConverter;
import cn.tuoyu.platform.persistence.Jdbc;
import cn.tuoyu.platform.persistence.NativeStatements;
import cn.tuoyu.vouchers.entity.Allocation;
import cn.tuoyu.vouchers.entity.AuditLine.Action;
import cn.tuoyu.vouchers.entity.AuditLine.Actor;
import cn.tuoyu.vouchers.entity.BatchSoldOutException;
import cn.tuoyu.vouchers.entity.BatchStatus;
import cn.tuoyu.vouchers.entity.ClaimLimitReachedException;
import cn.tuoyu.vouchers.entity.NoLotteryOfferException;
import cn.tuoyu.vouchers.entity.Voucher;
import cn.tuoyu.vouchers.entity.VoucherBatch;

/**
 * A resident claims a voucher for their child. Built for the surge when a batch opens: a sold-out batch is
 * answered from one plain read, before anything else is looked up and without waiting for any lock, and for the next
 * seconds from this instance's memory ({@link SoldOutBatches}); otherwise one transaction takes the child's claim slot
 * (unique per batch, child and slot), reserves the hourly-care entitlement if the batch says so, and last raises
 * the batch's issued count with a conditional UPDATE, so the batch row is locked only for the moment before commit.
 * PostgreSQL decides every race: no JVM lock, any number of app instances.
 */
@ApplicationScoped
@Transactional
public class VoucherClaims {

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    @Inject
    ChildDirectory children;

    @Inject
    VoucherBatches batches;

    @Inject
    EntitlementLedger ledger;

    @Inject
    VoucherAudit audit;

    @Inject
    SoldOutBatches soldOut;

    @Inject
    FamilyNotices notices;

    @Inject
    LotteryApplications lottery;

    public ClaimedVoucher claim(String guardian, UUID childId, UUID batchId) {
        Instant now = clock.instant();
        if (soldOut.recentlySoldOut(batchId, now)) {
            throw new BatchSoldOutException();
        }
        VoucherBatch batch = batches.findForClaim(batchId).orElseThrow(BatchNotFoundException::new);
        try {
            batch.checkClaimableAt(now);
        } catch (BatchSoldOutException e) {
            soldOut.soldOut(batchId, now);
            throw e;
        }
        GuardedChild child = children.childOfGuardian(childId, guardian);
        if (!batch.admits(child.districtCode(), Age.inMonths(child.birthDate(), now))) {
            throw new ChildNotEligibleException();
        }
        UUID voucherId = UUID.randomUUID();
        if (batch.isLottery()) {
            // a lottery batch gives vouchers only to offers: the child's, locked against its expiry passing it down
            lottery.lockedOffer(batchId, childId).claimAt(now, voucherId);
        }
        int slot = batch.nextSlot(vouchersOf(batchId, childId));
        UUID reservation = batch.reservesEntitlement()
                ? ledger.reserve(childId, ServiceKind.HOURLY_CARE, LedgerReason.VOUCHER, "voucher:" + voucherId)
                : null;
        // the audit line first: from the conditional UPDATE on, the batch row is locked until commit
        audit.record(Action.CLAIMED, batchId, voucherId, null, Actor.resident(guardian), null);
        notices.aboutVoucher(childId, batch, NoticeKind.VOUCHER_CLAIMED, "voucher-claimed:" + voucherId, Map.of());
        em.flush();
        List<?> serial = em.createNamedQuery(VoucherBatch.ISSUE_ONE).setParameter(1, batchId)
                .setParameter(2, BatchStatus.PUBLISHED.name()).setParameter(3, InstantConverter.column(now))
                .getResultList();
        if (serial.isEmpty()) {
            soldOut.soldOut(batchId, now);
            throw new BatchSoldOutException();
        }
        Voucher voucher = Voucher.claim(voucherId, batch, ((Number) serial.get(0)).intValue(), childId, guardian, slot,
                reservation, now);
        insert(voucher);
        return ClaimedVoucher.of(voucher, batch);
    }

    /** An open batch the child fits, and, when it may not claim one now, the refusal the claim would give. */
    public record OpenBatch(Batch batch, String refusal) {

        public boolean mayClaim() {
            return refusal == null;
        }
    }

    /**
     * The batches open now that the resident's child fits (district, age band), each saying whether the child may
     * still claim one: sold out, the child's limit for the batch reached, no or no more hourly-care sessions when the
     * batch reserves one.
     */
    public List<OpenBatch> openFor(String guardian, UUID childId) {
        List<Batch> open = batches.openFor(guardian, childId);
        Instant now = clock.instant();
        List<OpenBatch> all = new ArrayList<>();
        for (Batch batch : open) {
            String refusal = null;
            if (batch.terms().allocation() == Allocation.LOTTERY
                    && !lottery.hasLiveOffer(batch.id(), childId, now)) {
                refusal = new NoLotteryOfferException().slug();
            } else if (batch.remaining() <= 0) {
                refusal = new BatchSoldOutException().slug();
            } else if (vouchersOf(batch.id(), childId) >= batch.terms().perChildLimit()) {
                refusal = new ClaimLimitReachedException().slug();
            } else if (batch.terms().reservesEntitlement()) {
                refusal = ledger.unitRefusal(childId, ServiceKind.HOURLY_CARE, now).orElse(null);
            }
            all.add(new OpenBatch(batch, refusal));
        }
        return all;
    }

    private int vouchersOf(UUID batchId, UUID childId) {
        return em.createNamedQuery(Voucher.COUNT_FOR_CHILD, Long.class).setParameter("batch", batchId)
                .setParameter("child", childId).getSingleResult().intValue();
    }

    /**
     * Writes the voucher, drawing another manual code while the drawn one is taken. A second voucher for the same
     * slot (a double tap racing itself) is refused by the database's unique (batch, child, slot): 409.
     */
    private void insert(Voucher voucher) {
        for (int attempt = 0;; attempt++) {
            try {
                Query insert = NativeStatements.bound(em, Voucher.INSERT, voucher.insertParameters());
                if (insert.executeUpdate() == 1) {
                    return;
                }
            } catch (PersistenceException e) {
                if (Jdbc.uniqueViolation(e)) {
                    throw new ClaimLimitReachedException();
                }
                throw e;
            }
            if (attempt > 5) {
                throw new IllegalStateException("could not draw a free manual code");
            }
            voucher.drawAnotherManualCode();
        }
    }
}
