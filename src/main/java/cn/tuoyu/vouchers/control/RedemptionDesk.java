package cn.tuoyu.vouchers.control;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.tuoyu.entitlements.control.EntitlementLedger;
import cn.tuoyu.facilities.control.FacilityStanding;
import cn.tuoyu.facilities.control.FacilitySummary;
import cn.tuoyu.families.control.ChildDirectory;
import cn.tuoyu.families.entity.AccessPurpose;
import cn.tuoyu.families.entity.ChildOutsideAgeBandException;
import cn.tuoyu.families.entity.ChildSummary;
import cn.tuoyu.notifications.entity.NoticeKind;
import cn.tuoyu.platform.time.ChinaTime;
import cn.tuoyu.vouchers.entity.AuditLine.Action;
import cn.tuoyu.vouchers.entity.AuditLine.Actor;
import cn.tuoyu.vouchers.entity.CodeExpiredException;
import cn.tuoyu.vouchers.entity.CodeNotRecognisedException;
import cn.tuoyu.vouchers.entity.ManualCode;
import cn.tuoyu.vouchers.entity.Redemption;
import cn.tuoyu.vouchers.entity.RedemptionMethod;
import cn.tuoyu.vouchers.entity.RotatingCode;
import cn.tuoyu.vouchers.entity.Voucher;
import cn.tuoyu.vouchers.entity.VoucherBatch;

/**
 * The facility counter. A redemption checks, in this order: the code (authentic, fresh), the facility (filed and in
 * good standing today, eligible for the batch), the voucher (claimed, still valid) and the child (still in the age
 * band); then moves the voucher from claimed to redeemed with a conditional UPDATE and records the redemption under
 * a unique index of live redemptions, so two devices racing for one voucher get one success and one 409. The facility's
 * standing is held (FacilityStanding.holdForRedemption) until the redemption commits, so a suspension is either seen
 * or waits. It speaks no HTTP: it answers {@link Redeemed} or, for a retry under the same Idempotency-Key,
 * {@link Replayed} with the first receipt.
 */
@ApplicationScoped
@Transactional
public class RedemptionDesk {

    /** What was read at the counter: decoded QR text, or the manual code as typed. */
    public record Submission(RedemptionMethod method, String text) {
    }

    /** What a redemption request came to: redeemed by it, or the first answer to its Idempotency-Key again. */
    public sealed interface Result permits Redeemed, Replayed {

        Receipt receipt();
    }

    /** This request redeemed the voucher. */
    public record Redeemed(Receipt receipt) implements Result {
    }

    /** A retry of a request already answered (same key, same request): its receipt; nothing was redeemed again. */
    public record Replayed(Receipt receipt) implements Result {
    }

    /** What staff see after a redemption: enough to confirm the child in front of them, nothing more. */
    public record Receipt(UUID redemptionId, UUID voucherId, String batchName, BigDecimal careHours,
            Integer faceValueCents, String childMaskedName, int childAgeMonths, RedemptionMethod method,
            Instant redeemedAt) {
    }

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    @Inject
    FacilityStanding standing;

    @Inject
    ChildDirectory children;

    @Inject
    EntitlementLedger ledger;

    @Inject
    IdempotencyRecords idempotency;

    @Inject
    VoucherAudit audit;

    @Inject
    FamilyNotices notices;

    @Inject
    @ConfigProperty(name = "app.voucher-void-window-minutes", defaultValue = "30")
    long voidWindowMinutes;

    /** Redeems what was scanned or typed. With an idempotency key, a retry gets the first answer back. */
    public Result redeem(UUID facilityId, String staff, Submission submission, String device, String clientIp,
            String idempotencyKey, byte[] requestHash) {
        check("Idempotency-Key", idempotencyKey, 200);
        check("X-Device", device, 100);
        String scope = "redeem:" + facilityId;
        if (idempotencyKey != null) {
            Optional<String> earlier = idempotency.claim(scope, idempotencyKey, requestHash);
            if (earlier.isPresent()) {
                return new Replayed(JSON.fromJson(earlier.get(), Receipt.class));
            }
        }
        Receipt receipt = redeemOnce(facilityId, staff, submission, device, clientIp);
        if (idempotencyKey != null) {
            idempotency.remember(scope, idempotencyKey, JSON.toJson(receipt));
        }
        return new Redeemed(receipt);
    }

    private static void check(String header, String value, int maxLength) {
        if (value != null && (value.isBlank() || value.length() > maxLength)) {
            throw new InvalidHeaderException(header, maxLength);
        }
    }

    /** Reads the QR code in a photo (PNG or JPEG) and redeems it. */
    public Result redeemPhoto(UUID facilityId, String staff, byte[] image, String device, String clientIp,
            String idempotencyKey, byte[] requestHash) {
        return redeem(facilityId, staff, new Submission(RedemptionMethod.PHOTO, QrCodes.decodePhoto(image)), device,
                clientIp,
                idempotencyKey, requestHash);
    }

    private Receipt redeemOnce(UUID facilityId, String staff, Submission submission, String device,
            String clientIp) {
        Instant now = clock.instant();
        Voucher voucher = find(submission, now);
        VoucherBatch batch = em.find(VoucherBatch.class, voucher.batchId());
        FacilitySummary facility = standing.holdForRedemption(facilityId, ChinaTime.dateOf(now))
                .orElseThrow(FacilityNotInGoodStandingException::new);
        if (!batch.redeemableAt(facility.id(), facility.districtCode(), facility.offersHourlyCare())) {
            throw new FacilityNotEligibleException();
        }
        voucher.checkUsableAt(now);
        ChildSummary child = children.summaryAtCounter(voucher.childId(), facilityId, AccessPurpose.VOUCHER_REDEMPTION);
        if (!batch.coversAge(child.ageInMonths())) {
            throw new ChildOutsideAgeBandException();
        }
        voucher.redeemAt(now);
        Redemption redemption = new Redemption(voucher, facilityId, submission.method(), staff, device, clientIp, now);
        em.persist(redemption);
        if (voucher.reservationId() != null) {
            ledger.consume(voucher.reservationId());
        }
        audit.record(Action.REDEEMED, batch.id(), voucher.id(), facilityId, Actor.counter(staff, device, clientIp),
                submission.method().name());
        notices.aboutVoucher(voucher.childId(), batch, NoticeKind.VOUCHER_REDEEMED,
                "voucher-redeemed:" + redemption.id(), Map.of("facility", facility.name()));
        return new Receipt(redemption.id(), voucher.id(), batch.name(), batch.careHours(), batch.faceValueCents(),
                child.maskedName(), child.ageInMonths(), submission.method(), now);
    }

    /** Voids the facility's own redemption within the window; the voucher can be redeemed again. */
    public RedemptionHistory.Line voidRedemption(UUID facilityId, String staff, UUID redemptionId, String reason,
            String device, String clientIp) {
        Redemption redemption = em.find(Redemption.class, redemptionId, LockModeType.PESSIMISTIC_WRITE);
        if (redemption == null || !redemption.facilityId().equals(facilityId)) {
            throw new RedemptionNotFoundException();
        }
        redemption.voidAt(clock.instant(), Duration.ofMinutes(voidWindowMinutes), staff, reason);
        Voucher voucher = em.find(Voucher.class, redemption.voucherId(), LockModeType.PESSIMISTIC_WRITE);
        voucher.reopen();
        if (voucher.reservationId() != null) {
            ledger.unconsume(voucher.reservationId());
        }
        audit.record(Action.VOIDED, voucher.batchId(), voucher.id(), facilityId, Actor.counter(staff, device, clientIp),
                null);
        VoucherBatch batch = em.find(VoucherBatch.class, voucher.batchId());
        String facility = standing.lookup(facilityId).map(FacilitySummary::name).orElse("");
        notices.aboutVoucher(voucher.childId(), batch, NoticeKind.VOUCHER_VOIDED, "voucher-voided:" + redemptionId,
                Map.of("facility", facility));
        return RedemptionHistory.Line.of(redemption, batch);
    }

    /**
     * The voucher the submission names, if the code is authentic and fresh (a uniform 422 otherwise), locked until
     * the redemption commits: a second counter presenting the same voucher waits, then finds it redeemed (409).
     */
    private Voucher find(Submission submission, Instant now) {
        if (submission.method() == RedemptionMethod.MANUAL) {
            ManualCode manual = ManualCode.parse(submission.text()).orElseThrow(CodeNotRecognisedException::new);
            return em.createNamedQuery(Voucher.BY_MANUAL_CODE, Voucher.class).setParameter("code", manual.digits())
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                    .orElseThrow(CodeNotRecognisedException::new);
        }
        RotatingCode code = RotatingCode.parse(submission.text()).orElseThrow(CodeNotRecognisedException::new);
        Voucher voucher = em.find(Voucher.class, code.voucherId(), LockModeType.PESSIMISTIC_WRITE);
        if (voucher == null || !voucher.authenticates(code)) {
            throw new CodeNotRecognisedException();
        }
        if (!code.isFreshAt(now)) {
            throw new CodeExpiredException();
        }
        return voucher;
    }
}
