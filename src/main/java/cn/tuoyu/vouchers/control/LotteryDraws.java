package cn.tuoyu.vouchers.control;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import cn.tuoyu.families.control.ChildrenErased;
import cn.tuoyu.notifications.control.Notice;
import cn.tuoyu.notifications.entity.NoticeKind;
import cn.tuoyu.platform.persistence.InstantConverter;
import cn.tuoyu.vouchers.entity.Allocation;
import cn.tuoyu.vouchers.entity.ApplicationState;
import cn.tuoyu.vouchers.entity.BatchStatus;
import cn.tuoyu.vouchers.entity.DrawOrder;
import cn.tuoyu.vouchers.entity.LotteryApplication;
import cn.tuoyu.vouchers.entity.LotteryDraw;
import cn.tuoyu.vouchers.entity.VoucherBatch;

/**
 * Draws lottery batches whose draw time has come and passes expired offers down the order. A draw is one transaction:
 * it takes the due batch with SKIP LOCKED (another instance takes another batch, or nothing), gives every application
 * its position, offers the first places, tells every family and writes the draw's row, whose primary key refuses a
 * second draw; a crash before commit leaves nothing, and the next run draws the same order from the same seed.
 */
@ApplicationScoped
public class LotteryDraws {

    private static final Logger LOG = Logger.getLogger(LotteryDraws.class.getName());
    private static final int CHUNK = 100;

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    @Inject
    FamilyNotices notices;

    @Inject
    Clock clock;

    /** Draws one due batch, if any; returns whether it drew one. */
    @Transactional
    public boolean drawOne(Instant now) {
        List<?> due = em.createNamedQuery(LotteryDraw.LOCK_DUE).setParameter(1, Allocation.LOTTERY.name())
                .setParameter(2, BatchStatus.PUBLISHED.name()).setParameter(3, BatchStatus.PAUSED.name())
                .setParameter(4, InstantConverter.column(now)).getResultList();
        if (due.isEmpty()) {
            return false;
        }
        long started = System.nanoTime();
        VoucherBatch batch = em.find(VoucherBatch.class, (UUID) due.get(0));
        List<LotteryApplication> applications = em.createNamedQuery(LotteryApplication.TO_DRAW,
                LotteryApplication.class).setParameter("batch", batch.id())
                .setParameter("applied", ApplicationState.APPLIED).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        Map<UUID, LotteryApplication> byId = applications.stream()
                .collect(Collectors.toMap(LotteryApplication::id, Function.identity()));
        List<DrawOrder.Entry> order = DrawOrder.order(batch.lotterySeed(),
                applications.stream().map(a -> new DrawOrder.Entry(a.id(), a.tier())).toList());
        int places = Math.max(0, batch.remaining());
        Instant deadline = batch.offerDeadlineFrom(now);
        for (int i = 0; i < order.size(); i++) {
            LotteryApplication application = byId.get(order.get(i).id());
            application.drawnAt(i + 1);
            if (i < places && batch.mayOfferAt(now)) {
                application.offer(now, deadline);
                notices.aboutLottery(application.childId(), batch, NoticeKind.LOTTERY_WON,
                        "lottery-won:" + application.id(), Map.of("deadline", Notice.chinaTime(deadline)), true,
                        deadline);
            } else {
                notices.aboutLottery(application.childId(), batch, NoticeKind.LOTTERY_NOT_DRAWN,
                        "lottery-not-drawn:" + application.id(), Map.of("position", String.valueOf(i + 1)), false,
                        null);
            }
        }
        em.persist(new LotteryDraw(batch.id(), now, order.size()));
        em.flush();
        LOG.info("lottery drawn: batch " + batch.id() + ", " + order.size() + " applications, "
                + Math.min(places, order.size()) + " offered, in " + (System.nanoTime() - started) / 1_000_000
                + " ms before commit");
        return true;
    }

    /** Expires up to a chunk of offers past their deadline, each passing its place to the next position; how many. */
    @Transactional
    public int passDue(Instant now) {
        List<?> due = em.createNamedQuery(LotteryApplication.LOCK_DUE_OFFERS)
                .setParameter(1, ApplicationState.OFFERED.name()).setParameter(2, InstantConverter.column(now))
                .setParameter(3, CHUNK).getResultList();
        for (Object id : due) {
            LotteryApplication expired = em.find(LotteryApplication.class, id);
            expired.expireOfferAt(now);
            passDown(expired.batchId(), now);
        }
        return due.size();
    }

    /** Offers the place of an offer that ended to the batch's next waiting position, if claims are still open. */
    void passDown(UUID batchId, Instant now) {
        VoucherBatch batch = em.find(VoucherBatch.class, batchId);
        if (!batch.mayOfferAt(now)) {
            return;
        }
        List<?> next = em.createNamedQuery(LotteryApplication.LOCK_NEXT_WAITING).setParameter(1, batch.id())
                .setParameter(2, ApplicationState.WAITING.name()).getResultList();
        if (next.isEmpty()) {
            return;
        }
        LotteryApplication offered = em.find(LotteryApplication.class, next.get(0));
        Instant deadline = batch.offerDeadlineFrom(now);
        offered.offer(now, deadline);
        notices.aboutLottery(offered.childId(), batch, NoticeKind.LOTTERY_OFFER_PASSED,
                "lottery-offer-passed:" + offered.id(), Map.of("deadline", Notice.chinaTime(deadline)), true,
                deadline);
    }

    /**
     * When children are erased, in the erasure's transaction: their applications not yet drawn are withdrawn and
     * their offers end, each place passing down the order at once.
     */
    void closeForErased(@Observes ChildrenErased erased) {
        if (erased.erasedChildren().isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        for (LotteryApplication application : em.createNamedQuery(LotteryApplication.OPEN_OF_CHILDREN,
                LotteryApplication.class).setParameter("children", List.copyOf(erased.erasedChildren()))
                .setParameter("states", List.of(ApplicationState.APPLIED, ApplicationState.OFFERED))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()) {
            if (application.closeOnErasure(now)) {
                passDown(application.batchId(), now);
            }
        }
    }

    /** A lottery batch's draw as anyone may see it; empty for a draft, a first-come batch, or no such batch. */
    public Optional<PublicDraw> publicDraw(UUID batchId) {
        VoucherBatch batch = em.find(VoucherBatch.class, batchId);
        if (batch == null || !batch.isLottery() || batch.status() == BatchStatus.DRAFT
                || batch.lotteryCommitment() == null) {
            return Optional.empty();
        }
        LotteryDraw draw = em.find(LotteryDraw.class, batchId);
        List<DrawnEntry> entries = new ArrayList<>();
        if (draw != null) {
            for (LotteryApplication a : em.createNamedQuery(LotteryApplication.DRAWN, LotteryApplication.class)
                    .setParameter("batch", batchId).getResultList()) {
                entries.add(new DrawnEntry(a.id(), a.tier(), a.position()));
            }
        }
        return Optional.of(new PublicDraw(batch.id(), batch.name(), batch.districtCode(), batch.quantity(),
                batch.drawAt(), batch.lotteryCommitment(), draw == null ? null : DrawOrder.hex(batch.lotterySeed()),
                draw == null ? null : draw.drawnAt(), DrawOrder.ALGORITHM, entries));
    }

    /** A batch's draw: the seed and the entries only once drawn. */
    public record PublicDraw(UUID batchId, String name, String districtCode, int quantity, Instant drawAt,
            String commitment, String seed, Instant drawnAt, String algorithm, List<DrawnEntry> entries) {
    }

    /** An application as the public list shows it: its pseudonymous id, its tier and its position. */
    public record DrawnEntry(UUID applicationId, int tier, int position) {
    }

    /** What staff see of a lottery batch: the commitment, how many applied, and once drawn, how it stands. */
    public record LotteryStatus(String commitment, long applications, Instant drawnAt, long offered, long claimed,
            long waiting, long expired) {
    }

    LotteryStatus status(VoucherBatch batch) {
        LotteryDraw draw = em.find(LotteryDraw.class, batch.id());
        return new LotteryStatus(batch.lotteryCommitment(),
                em.createNamedQuery(LotteryApplication.COUNT_LIVE, Long.class).setParameter("batch", batch.id())
                        .setParameter("withdrawn", ApplicationState.WITHDRAWN).getSingleResult(),
                draw == null ? null : draw.drawnAt(), count(batch, ApplicationState.OFFERED),
                count(batch, ApplicationState.CLAIMED), count(batch, ApplicationState.WAITING),
                count(batch, ApplicationState.OFFER_EXPIRED));
    }

    private long count(VoucherBatch batch, ApplicationState state) {
        return em.createNamedQuery(LotteryApplication.COUNT_IN_STATE, Long.class).setParameter("batch", batch.id())
                .setParameter("state", state).getSingleResult();
    }
}
