package cn.tuoyu.vouchers.control;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import cn.tuoyu.entitlements.control.EntitlementLedger;
import cn.tuoyu.families.entity.ChildOutsideAgeBandException;
import cn.tuoyu.vouchers.entity.AuditLine.Action;
import cn.tuoyu.vouchers.entity.AuditLine.Actor;
import cn.tuoyu.vouchers.entity.Redemption;
import cn.tuoyu.vouchers.entity.RedemptionMethod;
import cn.tuoyu.vouchers.entity.Voucher;
import cn.tuoyu.vouchers.entity.VoucherBatch;

/**
 * Vouchers that pay for hourly-care sessions (asked by {@code hourlycare}): a claimed voucher is held when its holder
 * books a session at a facility its batch allows, redeemed at the session's check-in (a redemption like the
 * counter's, which later carries the hours given, for settlement by hours), given back when the session is cancelled,
 * and used up when nobody came and the district's rule says so. Each step locks the voucher and joins the caller's
 * transaction, and is written to the vouchers' audit trail.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SessionVouchers {

    /** A voucher held for a session: its batch and the hours of care it covers. */
    public record Held(UUID voucherId, UUID batchId, String batchName, BigDecimal careHours) {
    }

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    @Inject
    EntitlementLedger ledger;

    @Inject
    VoucherAudit audit;

    /**
     * Holds the holder's voucher of that child for a session at the facility: 404 when it is not theirs or not the
     * child's, 409 when used, held or expired, 422 when its batch does not allow the facility or the child's age.
     */
    public Held hold(String holder, UUID voucherId, UUID childId, UUID facilityId, String facilityDistrict,
            int ageInMonths) {
        Voucher voucher = em.find(Voucher.class, voucherId, LockModeType.PESSIMISTIC_WRITE);
        if (voucher == null || !voucher.heldBy(holder) || !voucher.childId().equals(childId)) {
            throw new VoucherNotFoundException();
        }
        VoucherBatch batch = em.find(VoucherBatch.class, voucher.batchId());
        if (!batch.redeemableAt(facilityId, facilityDistrict, true)) {
            throw new FacilityNotEligibleException();
        }
        if (!batch.coversAge(ageInMonths)) {
            throw new ChildOutsideAgeBandException();
        }
        voucher.holdAt(clock.instant());
        return new Held(voucher.id(), batch.id(), batch.name(), batch.careHours());
    }

    /** The session was cancelled: the voucher is claimed again. */
    public void release(UUID voucherId) {
        locked(voucherId).releaseHold();
    }

    /** The child was checked in: the held voucher is redeemed at the facility. */
    public void redeemAtCheckIn(UUID voucherId, UUID facilityId, String staff, RedemptionMethod method,
            String device, String clientIp) {
        Voucher voucher = locked(voucherId);
        voucher.redeemHeld();
        em.persist(Redemption.atCheckIn(voucher, facilityId, method, staff, device, clientIp, clock.instant()));
        if (voucher.reservationId() != null) {
            ledger.consume(voucher.reservationId());
        }
        audit.record(Action.REDEEMED, voucher.batchId(), voucher.id(), facilityId, Actor.counter(staff, device,
                clientIp), "hourly-care check-in");
    }

    /** The session ended: its redemption carries the hours of care given (paid up to the batch's hours). */
    public void recordHours(UUID voucherId, BigDecimal hours) {
        em.createNamedQuery(Redemption.LIVE_OF_VOUCHER, Redemption.class).setParameter("voucher", voucherId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no live redemption for the session's voucher"))
                .giveHours(hours);
    }

    /** Nobody came and the district's rule uses the voucher up: it is cancelled unused, its unit consumed. */
    public void consume(UUID voucherId) {
        Voucher voucher = locked(voucherId);
        voucher.consumeHeld(clock.instant());
        if (voucher.reservationId() != null) {
            ledger.consume(voucher.reservationId());
        }
        audit.record(Action.CANCELLED, voucher.batchId(), voucher.id(), null, Actor.SYSTEM, "hourly-care no-show");
    }

    private Voucher locked(UUID voucherId) {
        return em.find(Voucher.class, voucherId, LockModeType.PESSIMISTIC_WRITE);
    }
}
