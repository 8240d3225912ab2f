package cn.tuoyu.vouchers.control;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import cn.tuoyu.families.control.ChildDirectory;
import cn.tuoyu.families.entity.Age;
import cn.tuoyu.families.entity.GuardedChild;
import cn.tuoyu.platform.persistence.NativeStatements;
import cn.tuoyu.platform.time.ChinaTime;
import cn.tuoyu.vouchers.entity.ApplicationState;
import cn.tuoyu.vouchers.entity.BatchStatus;
import cn.tuoyu.vouchers.entity.LotteryApplication;
import cn.tuoyu.vouchers.entity.LotteryClosedException;
import cn.tuoyu.vouchers.entity.LotteryDraw;
import cn.tuoyu.vouchers.entity.LotteryPriorityRule;
import cn.tuoyu.vouchers.entity.NoLotteryOfferException;
import cn.tuoyu.vouchers.entity.PriorityRule;
import cn.tuoyu.vouchers.entity.Voucher;
import cn.tuoyu.vouchers.entity.VoucherBatch;

/**
 * A guardian applies for a child in a lottery batch's window, sees the child's applications and withdraws one before
 * the draw. Applying is idempotent and cheap: one conditional INSERT, which the database's partial unique index turns
 * into nothing when the child already has a live application (a double tap, the other guardian), and one read.
 */
@ApplicationScoped
@Transactional
public class LotteryApplications {

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    @Inject
    ChildDirectory children;

    @Inject
    VoucherBatches batches;

    /** An application with the batch it is for; {@code created} when this call made it. */
    public record Applied(LotteryApplication application, VoucherBatch batch, boolean created) {
    }

    /**
     * The child's live application for the batch, made now unless it has one; after a withdrawal, the same application
     * (same id) applies again.
     */
    public Applied apply(String guardian, UUID childId, UUID batchId) {
        Instant now = clock.instant();
        GuardedChild child = children.childOfGuardian(childId, guardian);
        VoucherBatch batch = batches.findForClaim(batchId).filter(b -> b.status() != BatchStatus.DRAFT)
                .orElseThrow(BatchNotFoundException::new);
        batch.checkTakesApplicationsAt(now);
        if (!batch.admits(child.districtCode(), Age.inMonths(child.birthDate(), now))) {
            throw new ChildNotEligibleException();
        }
        int tier = tierOf(batch.districtCode(), childId, now);
        // a withdrawn application comes back with its id (locked: two taps wait; the second then finds it live)
        Optional<LotteryApplication> withdrawn = em.createNamedQuery(LotteryApplication.WITHDRAWN_OF_CHILD,
                LotteryApplication.class).setParameter("batch", batchId).setParameter("child", childId)
                .setParameter("withdrawn", ApplicationState.WITHDRAWN).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        boolean created;
        if (withdrawn.isPresent()) {
            withdrawn.get().reapplyAt(now, batch.drawAt(), tier);
            em.flush();
            created = true;
        } else {
            LotteryApplication fresh = new LotteryApplication(batchId, childId, guardian, tier, now);
            Query insert = NativeStatements.bound(em, LotteryApplication.INSERT_ONCE, fresh.insertParameters());
            created = insert.executeUpdate() == 1;
        }
        // an application racing the draw waits on the batch row the draw locks; once the draw has committed it is late
        if (em.find(LotteryDraw.class, batchId) != null) {
            throw new LotteryClosedException();
        }
        LotteryApplication live = em.createNamedQuery(LotteryApplication.LIVE_OF_CHILD, LotteryApplication.class)
                .setParameter("batch", batchId).setParameter("child", childId)
                .setParameter("withdrawn", ApplicationState.WITHDRAWN).getSingleResult();
        return new Applied(live, batch, created);
    }

    /**
     * The tier of the child's application under the district's priority rule in force today (China time): tier 1
     * without a rule; with {@link PriorityRule#NO_VOUCHER_THIS_YEAR}, tier 2 for a child that has had a voucher of the
     * district since this calendar year began.
     */
    int tierOf(String district, UUID childId, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ChinaTime.ZONE);
        PriorityRule rule = em.createNamedQuery(LotteryPriorityRule.IN_FORCE, LotteryPriorityRule.class)
                .setParameter("district", district).setParameter("day", today).setMaxResults(1).getResultStream()
                .findFirst().map(LotteryPriorityRule::firstTier).orElse(PriorityRule.NONE);
        if (rule == PriorityRule.NONE) {
            return 1;
        }
        Instant yearBegan = today.withDayOfYear(1).atStartOfDay(ChinaTime.ZONE).toInstant();
        long vouchers = em.createNamedQuery(Voucher.COUNT_OF_CHILD_IN_DISTRICT_SINCE, Long.class)
                .setParameter("child", childId).setParameter("district", district).setParameter("since", yearBegan)
                .getSingleResult();
        return rule.tier(vouchers > 0);
    }

    /** Withdraws the child's live application for the batch, before the draw (else 409); none: 404. */
    public Applied withdraw(String guardian, UUID childId, UUID batchId) {
        Instant now = clock.instant();
        children.childOfGuardian(childId, guardian);
        LotteryApplication live = em.createNamedQuery(LotteryApplication.LIVE_OF_CHILD, LotteryApplication.class)
                .setParameter("batch", batchId).setParameter("child", childId)
                .setParameter("withdrawn", ApplicationState.WITHDRAWN).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElseThrow(LotteryApplicationNotFoundException::new);
        VoucherBatch batch = batches.findForClaim(batchId).orElseThrow(BatchNotFoundException::new);
        live.withdrawAt(now, batch.drawAt());
        return new Applied(live, batch, false);
    }

    /** The child's applications, newest first, each with its batch. */
    public List<Applied> ofChild(String guardian, UUID childId) {
        children.childOfGuardian(childId, guardian);
        return em.createNamedQuery(LotteryApplication.OF_CHILD, LotteryApplication.class)
                .setParameter("child", childId).getResultStream()
                .map(a -> new Applied(a, em.find(VoucherBatch.class, a.batchId()), false)).toList();
    }

    /** The child's live offer for the batch, row-locked for the claim that takes it up; none: 422. */
    LotteryApplication lockedOffer(UUID batchId, UUID childId) {
        return em.createNamedQuery(LotteryApplication.LIVE_OF_CHILD, LotteryApplication.class)
                .setParameter("batch", batchId).setParameter("child", childId)
                .setParameter("withdrawn", ApplicationState.WITHDRAWN).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(NoLotteryOfferException::new);
    }

    /** Whether the child holds an offer of the batch that may be claimed now. */
    boolean hasLiveOffer(UUID batchId, UUID childId, Instant now) {
        return em.createNamedQuery(LotteryApplication.LIVE_OF_CHILD, LotteryApplication.class)
                .setParameter("batch", batchId).setParameter("child", childId)
                .setParameter("withdrawn", ApplicationState.WITHDRAWN).getResultStream()
                .anyMatch(a -> a.mayClaimAt(now));
    }
}
