package cn.tuoyu.vouchers.control;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import cn.tuoyu.facilities.control.FacilityStanding;
import cn.tuoyu.facilities.control.FacilitySummary;
import cn.tuoyu.families.control.ChildDirectory;
import cn.tuoyu.families.entity.Age;
import cn.tuoyu.families.entity.GuardedChild;
import cn.tuoyu.vouchers.entity.AuditLine.Action;
import cn.tuoyu.vouchers.entity.AuditLine.Actor;
import cn.tuoyu.vouchers.entity.Availability;
import cn.tuoyu.vouchers.entity.BatchStatus;
import cn.tuoyu.vouchers.entity.BatchTerms;
import cn.tuoyu.vouchers.entity.DrawOrder;
import cn.tuoyu.vouchers.entity.QuantityBelowClaimedException;
import cn.tuoyu.vouchers.entity.Voucher;
import cn.tuoyu.vouchers.entity.VoucherBatch;
import cn.tuoyu.vouchers.entity.VoucherState;

/** Health staff's batches, always within their own district; and the open batches a resident's child may claim. */
@ApplicationScoped
@Transactional
public class VoucherBatches {

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    @Inject
    ChildDirectory children;

    @Inject
    FacilityStanding facilities;

    @Inject
    VoucherAudit audit;

    @Inject
    SoldOutBatches soldOut;

    @Inject
    BatchWatches watches;

    @Inject
    LotteryDraws draws;

    /** A new batch in draft; listed facilities must be facilities of the batch's own district (else 422). */
    public UUID create(String district, String actor, BatchTerms terms) {
        for (UUID facility : terms.facilityIds()) {
            if (!facilities.lookup(facility).map(FacilitySummary::districtCode).filter(district::equals).isPresent()) {
                throw new UnknownFacilityException();
            }
        }
        VoucherBatch batch = new VoucherBatch(district, terms, actor, clock.instant());
        em.persist(batch);
        audit.record(Action.BATCH_CREATED, batch.id(), null, null, Actor.healthStaff(actor), null);
        return batch.id();
    }

    public List<Batch> ofDistrict(String district) {
        return withFunnel(em.createNamedQuery(VoucherBatch.OF_DISTRICT, VoucherBatch.class)
                .setParameter("district", district).getResultList());
    }

    public Batch ofDistrict(String district, UUID id) {
        return withFunnel(List.of(find(district, id, LockModeType.NONE))).get(0);
    }

    /** What the public may know of a batch at the clock's now: empty for a draft (or no such batch). */
    public Optional<PublicStatus> publicStatus(UUID id) {
        return Optional.ofNullable(em.find(VoucherBatch.class, id)).filter(b -> b.status() != BatchStatus.DRAFT)
                .map(b -> new PublicStatus(b.id(), b.name(), b.districtCode(), b.availabilityAt(clock.instant()),
                        b.quantity(), Math.max(0, b.remaining()), b.claimOpensAt(), b.claimClosesAt()));
    }

    /** A batch's public status: what a surge page polls and an edge cache may serve. */
    public record PublicStatus(UUID id, String name, String districtCode, Availability availability, int quantity,
            int remaining, Instant claimOpensAt, Instant claimClosesAt) {
    }

    /** A batch for a claim, as stored: no funnel, which would count the batch's vouchers on every claim. */
    Optional<VoucherBatch> findForClaim(UUID id) {
        return Optional.ofNullable(em.find(VoucherBatch.class, id));
    }

    /** Batches open for claims now that the resident's child fits (district and age band), with what is left. */
    public List<Batch> openFor(String guardian, UUID childId) {
        GuardedChild child = children.childOfGuardian(childId, guardian);
        Instant now = clock.instant();
        return withFunnel(em.createNamedQuery(VoucherBatch.OPEN_FOR_AGE, VoucherBatch.class)
                .setParameter("district", child.districtCode()).setParameter("published", BatchStatus.PUBLISHED)
                .setParameter("now", now).setParameter("age", Age.inMonths(child.birthDate(), now))
                .getResultList());
    }

    public Batch changeStatus(String district, UUID id, BatchStatus next, String actor) {
        VoucherBatch batch = find(district, id, LockModeType.PESSIMISTIC_WRITE);
        batch.changeStatus(next);
        if (next == BatchStatus.PUBLISHED) {
            batch.sealSeedOnce(DrawOrder.newSeed());
        }
        soldOut.forget(id);
        audit.record(Action.BATCH_CHANGED, id, null, null, Actor.healthStaff(actor), "status " + next);
        if (next == BatchStatus.PUBLISHED) {
            watches.published(batch);
        }
        return withFunnel(List.of(batch)).get(0);
    }

    /**
     * Grows or shrinks the quantity of a batch not yet closed (the row lock orders this against closing it); never
     * below what has been claimed, even by a claim racing this change.
     */
    public Batch changeQuantity(String district, UUID id, int quantity, String actor) {
        VoucherBatch batch = find(district, id, LockModeType.PESSIMISTIC_WRITE);
        batch.checkResizable();
        if (em.createNamedQuery(VoucherBatch.RESIZE).setParameter(1, id).setParameter(2, quantity)
                .executeUpdate() != 1) {
            throw new QuantityBelowClaimedException();
        }
        em.refresh(batch);
        soldOut.forget(id);
        audit.record(Action.BATCH_CHANGED, id, null, null, Actor.healthStaff(actor), "quantity " + quantity);
        return withFunnel(List.of(batch)).get(0);
    }

    /** A lottery batch of the district as staff follow it: commitment, applications and, once drawn, the result. */
    public LotteryDraws.LotteryStatus lotteryOf(String district, UUID id) {
        VoucherBatch batch = find(district, id, LockModeType.NONE);
        if (!batch.isLottery()) {
            throw new cn.tuoyu.vouchers.entity.NotALotteryBatchException();
        }
        return draws.status(batch);
    }

    private VoucherBatch find(String district, UUID id, LockModeType lock) {
        VoucherBatch batch = em.find(VoucherBatch.class, id, lock);
        if (batch == null || !batch.districtCode().equals(district)) {
            throw new BatchNotFoundException();
        }
        return batch;
    }

    /** The batches with how many of their vouchers were redeemed and expired, counted in one query. */
    private List<Batch> withFunnel(List<VoucherBatch> batches) {
        if (batches.isEmpty()) {
            return List.of();
        }
        Map<UUID, Map<VoucherState, Integer>> counts = new HashMap<>();
        for (Object[] row : em.createNamedQuery(Voucher.FUNNEL, Object[].class)
                .setParameter("batches", batches.stream().map(VoucherBatch::id).toList())
                .setParameter("states", List.of(VoucherState.REDEEMED, VoucherState.EXPIRED)).getResultList()) {
            counts.computeIfAbsent((UUID) row[0], k -> new EnumMap<>(VoucherState.class))
                    .put((VoucherState) row[1], ((Number) row[2]).intValue());
        }
        return batches.stream().map(b -> {
            Map<VoucherState, Integer> funnel = counts.getOrDefault(b.id(), Map.of());
            return new Batch(b.id(), b.districtCode(), b.terms(), b.status(), b.issued(),
                    funnel.getOrDefault(VoucherState.REDEEMED, 0), funnel.getOrDefault(VoucherState.EXPIRED, 0),
                    b.createdAt());
        }).toList();
    }
}
