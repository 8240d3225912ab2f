package cn.tuoyu.vouchers.control;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.tuoyu.entitlements.control.EntitlementLedger;
import cn.tuoyu.facilities.control.FacilityStanding;
import cn.tuoyu.facilities.control.FacilitySummary;
import cn.tuoyu.families.control.ChildDirectory;
import cn.tuoyu.families.control.ChildOutsideAgeBandException;
import cn.tuoyu.families.entity.AccessPurpose;
import cn.tuoyu.families.entity.ChildSummary;
import cn.tuoyu.platform.persistence.Jdbc;
import cn.tuoyu.platform.persistence.TransactionDataSource;
import cn.tuoyu.platform.time.ChinaTime;
import cn.tuoyu.vouchers.entity.ManualCode;
import cn.tuoyu.vouchers.entity.RedemptionMethod;
import cn.tuoyu.vouchers.entity.RotatingCode;
import cn.tuoyu.vouchers.entity.VoucherState;

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

    /** A line of the facility's redemption history. */
    public record Redemption(UUID id, UUID voucherId, UUID batchId, String batchName, RedemptionMethod method,
            Instant redeemedAt, Instant voidedAt, String voidReason) {
    }

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    Clock clock;

    @Inject
    TransactionDataSource dataSource;

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
        return redeem(facilityId, staff, new Submission(RedemptionMethod.PHOTO, QrCodes.decodePhoto(image)), device, clientIp,
                idempotencyKey, requestHash);
    }

    private Receipt redeemOnce(UUID facilityId, String staff, Submission submission, String device,
            String clientIp) {
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection()) {
            VoucherRow voucher = find(c, submission, now);
            FacilitySummary facility = standing.holdForRedemption(facilityId, ChinaTime.dateOf(now))
                    .orElseThrow(FacilityNotInGoodStandingException::new);
            if (!eligible(c, voucher, facility)) {
                throw new FacilityNotEligibleException();
            }
            if (voucher.state == VoucherState.REDEEMED) {
                throw new VoucherAlreadyRedeemedException();
            }
            if (voucher.state == VoucherState.CANCELLED) {
                throw new VoucherCancelledException();
            }
            if (voucher.state == VoucherState.EXPIRED || !voucher.validUntil.isAfter(now)) {
                throw new VoucherExpiredException();
            }
            ChildSummary child = children.summaryAtCounter(voucher.childId, facilityId,
                    AccessPurpose.VOUCHER_REDEMPTION);
            if (child.ageInMonths() < voucher.minAge || child.ageInMonths() > voucher.maxAge) {
                throw new ChildOutsideAgeBandException();
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE vouchers SET state = 'REDEEMED' "
                    + "WHERE id = ? AND state = 'CLAIMED' AND valid_until > ?")) {
                s.setObject(1, voucher.id);
                s.setTimestamp(2, Jdbc.timestamp(now));
                if (s.executeUpdate() != 1) {
                    throw new VoucherAlreadyRedeemedException();
                }
            }
            UUID redemptionId = UUID.randomUUID();
            try (PreparedStatement s = c.prepareStatement("INSERT INTO voucher_redemptions (id, voucher_id, "
                    + "facility_id, method, redeemed_at, staff_subject, device, client_ip) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setObject(1, redemptionId);
                s.setObject(2, voucher.id);
                s.setObject(3, facilityId);
                s.setString(4, submission.method().name());
                s.setTimestamp(5, Jdbc.timestamp(now));
                s.setString(6, staff);
                s.setString(7, device);
                s.setString(8, clientIp);
                s.executeUpdate();
            }
            if (voucher.reservationId != null) {
                ledger.consume(voucher.reservationId);
            }
            audit.record(VoucherAudit.Action.REDEEMED, voucher.batchId, voucher.id, facilityId, staff, "facility",
                    device, clientIp, submission.method().name());
            return new Receipt(redemptionId, voucher.id, voucher.batchName, voucher.careHours, voucher.faceValueCents,
                    child.maskedName(), child.ageInMonths(), submission.method(), now);
        } catch (SQLException e) {
            if (Jdbc.uniqueViolation(e)) {
                throw new VoucherAlreadyRedeemedException();
            }
            throw Jdbc.failed(e);
        }
    }

    /** Voids the facility's own redemption within the window; the voucher can be redeemed again. */
    public Redemption voidRedemption(UUID facilityId, String staff, UUID redemptionId, String reason, String device,
            String clientIp) {
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection()) {
            Redemption redemption = history(c, "r.facility_id = ? AND r.id = ?", facilityId, redemptionId).stream()
                    .findFirst().orElseThrow(RedemptionNotFoundException::new);
            if (redemption.voidedAt() != null) {
                throw new RedemptionAlreadyVoidedException();
            }
            if (redemption.redeemedAt().plus(Duration.ofMinutes(voidWindowMinutes)).isBefore(now)) {
                throw new VoidWindowClosedException();
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE voucher_redemptions SET voided_at = ?, voided_by = ?, "
                    + "void_reason = ? WHERE id = ? AND facility_id = ? AND voided_at IS NULL")) {
                s.setTimestamp(1, Jdbc.timestamp(now));
                s.setString(2, staff);
                s.setString(3, reason);
                s.setObject(4, redemptionId);
                s.setObject(5, facilityId);
                if (s.executeUpdate() != 1) {
                    throw new RedemptionAlreadyVoidedException();
                }
            }
            UUID reservation;
            try (PreparedStatement s = c.prepareStatement("UPDATE vouchers SET state = 'CLAIMED' WHERE id = ? "
                    + "AND state = 'REDEEMED' RETURNING reservation_id")) {
                s.setObject(1, redemption.voucherId());
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw new RedemptionAlreadyVoidedException();
                    }
                    reservation = r.getObject(1, UUID.class);
                }
            }
            if (reservation != null) {
                ledger.unconsume(reservation);
            }
            audit.record(VoucherAudit.Action.VOIDED, redemption.batchId(), redemption.voucherId(), facilityId, staff,
                    "facility", device, clientIp, null);
            return history(c, "r.id = ?", redemptionId).get(0);
        } catch (SQLException e) {
            throw Jdbc.failed(e);
        }
    }

    /** The facility's redemptions in a month (China time), newest first. */
    public List<Redemption> history(UUID facilityId, YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(ChinaTime.ZONE).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(ChinaTime.ZONE).toInstant();
        try (Connection c = dataSource.getConnection()) {
            return history(c, "r.facility_id = ? AND r.redeemed_at >= ? AND r.redeemed_at < ?", facilityId,
                    Jdbc.timestamp(from), Jdbc.timestamp(to));
        } catch (SQLException e) {
            throw Jdbc.failed(e);
        }
    }

    private static List<Redemption> history(Connection c, String where, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT r.id, r.voucher_id, v.batch_id, b.name, r.method, "
                + "r.redeemed_at, r.voided_at, r.void_reason FROM voucher_redemptions r "
                + "JOIN vouchers v ON v.id = r.voucher_id JOIN voucher_batches b ON b.id = v.batch_id WHERE " + where
                + " ORDER BY r.redeemed_at DESC LIMIT 1000")) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            List<Redemption> list = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    list.add(new Redemption(r.getObject(1, UUID.class), r.getObject(2, UUID.class),
                            r.getObject(3, UUID.class), r.getString(4), RedemptionMethod.valueOf(r.getString(5)),
                            Jdbc.instant(r.getTimestamp(6)), Jdbc.instant(r.getTimestamp(7)), r.getString(8)));
                }
            }
            return list;
        }
    }

    private static final class VoucherRow {
        UUID id;
        UUID batchId;
        String batchName;
        BigDecimal careHours;
        Integer faceValueCents;
        UUID childId;
        VoucherState state;
        Instant validUntil;
        UUID reservationId;
        int minAge;
        int maxAge;
        String district;
        boolean allHourlyFacilities;
    }

    /** The voucher the submission names, if the code is authentic and fresh; a uniform 422 otherwise. */
    private static VoucherRow find(Connection c, Submission submission, Instant now) throws SQLException {
        String where;
        Object key;
        RotatingCode code = null;
        if (submission.method() == RedemptionMethod.MANUAL) {
            ManualCode manual = ManualCode.parse(submission.text()).orElseThrow(CodeNotRecognisedException::new);
            where = "v.manual_code = ?";
            key = manual.digits();
        } else {
            code = RotatingCode.parse(submission.text()).orElseThrow(CodeNotRecognisedException::new);
            where = "v.id = ?";
            key = code.voucherId();
        }
        try (PreparedStatement s = c.prepareStatement("SELECT v.id, v.batch_id, b.name, b.care_hours, "
                + "b.face_value_cents, v.child_id, v.state, v.valid_until, v.reservation_id, b.min_age_months, "
                + "b.max_age_months, b.district_code, b.all_hourly_facilities, v.secret FROM vouchers v "
                + "JOIN voucher_batches b ON b.id = v.batch_id WHERE " + where)) {
            s.setObject(1, key);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new CodeNotRecognisedException();
                }
                if (code != null) {
                    if (!code.isAuthentic(r.getBytes(14))) {
                        throw new CodeNotRecognisedException();
                    }
                    if (!code.isFreshAt(now)) {
                        throw new CodeExpiredException();
                    }
                }
                VoucherRow row = new VoucherRow();
                row.id = r.getObject(1, UUID.class);
                row.batchId = r.getObject(2, UUID.class);
                row.batchName = r.getString(3);
                row.careHours = r.getBigDecimal(4);
                row.faceValueCents = (Integer) r.getObject(5);
                row.childId = r.getObject(6, UUID.class);
                row.state = VoucherState.valueOf(r.getString(7));
                row.validUntil = Jdbc.instant(r.getTimestamp(8));
                row.reservationId = r.getObject(9, UUID.class);
                row.minAge = r.getInt(10);
                row.maxAge = r.getInt(11);
                row.district = r.getString(12);
                row.allHourlyFacilities = r.getBoolean(13);
                return row;
            }
        }
    }

    /**
     * Shares the facility row's lock until commit, so a suspension (which updates that row) either comes before this
     * redemption and is seen by it, or waits until it has committed.
     */
    private static boolean eligible(Connection c, VoucherRow voucher, FacilitySummary facility) throws SQLException {
        if (voucher.allHourlyFacilities) {
            return voucher.district.equals(facility.districtCode()) && facility.offersHourlyCare();
        }
        try (PreparedStatement s = c.prepareStatement(
                "SELECT 1 FROM voucher_batch_facilities WHERE batch_id = ? AND facility_id = ?")) {
            s.setObject(1, voucher.batchId);
            s.setObject(2, facility.id());
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }
}
