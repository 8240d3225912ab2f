package cn.tuoyu.vouchers.entity;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A voucher redeemed at a facility's counter, live until the facility voids it (within the void window, with a
 * reason); then the voucher can be redeemed again. The database keeps at most one live redemption per voucher.
 */
@Entity
@Table(name = "voucher_redemptions")
@NamedQuery(name = Redemption.HISTORY, query = "SELECT r, v.batchId, b.name FROM Redemption r, Voucher v, "
        + "VoucherBatch b WHERE v.id = r.voucherId AND b.id = v.batchId AND r.facilityId = :facility "
        + "AND r.redeemedAt >= :from AND r.redeemedAt < :to ORDER BY r.redeemedAt DESC")
@NamedQuery(name = Redemption.SETTLEMENT, query = "SELECT r.facilityId, b.id, b.name, count(r), sum(b.careHours), "
        + "sum(b.faceValueCents), count(r.careHoursGiven), sum(r.careHoursGiven) FROM Redemption r, Voucher v, VoucherBatch b WHERE v.id = r.voucherId "
        + "AND b.id = v.batchId AND r.voidedAt IS NULL AND r.redeemedAt >= :from AND r.redeemedAt < :to "
        + "AND r.facilityId IN :facilities GROUP BY r.facilityId, b.id, b.name")
@NamedQuery(name = Redemption.LIVE_OF_VOUCHER,
        query = "SELECT r FROM Redemption r WHERE r.voucherId = :voucher AND r.voidedAt IS NULL")
@NamedQuery(name = Redemption.SEEN_BY_FACILITY, query = "SELECT count(r) FROM Redemption r, Voucher v "
        + "WHERE v.id = r.voucherId AND v.childId = :child AND r.facilityId = :facility "
        + "AND (r.voidedAt IS NULL OR r.redeemedAt > :since)")
public class Redemption {

    /** A facility's redemptions in a period, newest first, with batch id and name. */
    public static final String HISTORY = "Redemption.history";
    /** Live redemptions in a period per facility and batch: count, care hours, face value in cents. */
    public static final String SETTLEMENT = "Redemption.settlement";
    /** The live redemption of a voucher, if any (parameter {@code voucher}). */
    public static final String LIVE_OF_VOUCHER = "Redemption.liveOfVoucher";
    /** How many redemptions of a child's vouchers a facility made, live or made after {@code since}. */
    public static final String SEEN_BY_FACILITY = "Redemption.seenByFacility";

    @Id
    private UUID id;
    @Column(name = "voucher_id")
    private UUID voucherId;
    @Column(name = "facility_id")
    private UUID facilityId;
    @Enumerated(EnumType.STRING)
    private RedemptionMethod method;
    @Column(name = "redeemed_at")
    private Instant redeemedAt;
    @Column(name = "staff_subject")
    private String staffSubject;
    private String device;
    @Column(name = "client_ip")
    private String clientIp;
    @Column(name = "voided_at")
    private Instant voidedAt;
    @Column(name = "voided_by")
    private String voidedBy;
    @Column(name = "void_reason")
    private String voidReason;
    @Column(name = "care_hours_given")
    private BigDecimal careHoursGiven;
    @Column(name = "at_check_in")
    private boolean atCheckIn;

    protected Redemption() {
    }

    public Redemption(Voucher voucher, UUID facilityId, RedemptionMethod method, String staff, String device,
            String clientIp, Instant now) {
        this.id = UUID.randomUUID();
        this.voucherId = voucher.id();
        this.facilityId = Objects.requireNonNull(facilityId);
        this.method = Objects.requireNonNull(method);
        this.redeemedAt = now;
        this.staffSubject = Objects.requireNonNull(staff);
        this.device = device;
        this.clientIp = clientIp;
    }

    /** The redemption that pays an hourly-care session, made when the child was checked in. */
    public static Redemption atCheckIn(Voucher voucher, UUID facilityId, RedemptionMethod method, String staff,
            String device, String clientIp, Instant now) {
        Redemption redemption = new Redemption(voucher, facilityId, method, staff, device, clientIp, now);
        redemption.atCheckIn = true;
        return redemption;
    }

    /** Whether it paid an hourly-care session at check-in (settled at check-out, never voided). */
    public boolean atCheckIn() {
        return atCheckIn;
    }

    /**
     * Voids it: only a live redemption ({@link RedemptionAlreadyVoidedException}) made at the counter
     * ({@link CheckInRedemptionException}), and only within {@code window} of when it was made
     * ({@link VoidWindowClosedException}).
     */
    public void voidAt(Instant now, Duration window, String staff, String reason) {
        if (atCheckIn) {
            throw new CheckInRedemptionException();
        }
        if (voidedAt != null) {
            throw new RedemptionAlreadyVoidedException();
        }
        if (redeemedAt.plus(window).isBefore(now)) {
            throw new VoidWindowClosedException();
        }
        voidedAt = now;
        voidedBy = Objects.requireNonNull(staff);
        voidReason = Objects.requireNonNull(reason);
    }

    public UUID id() {
        return id;
    }

    public UUID voucherId() {
        return voucherId;
    }

    public UUID facilityId() {
        return facilityId;
    }

    /** The hours of care the redemption paid for, counted at check-out of the hourly-care session it started. */
    public void giveHours(BigDecimal hours) {
        careHoursGiven = hours;
    }

    public BigDecimal careHoursGiven() {
        return careHoursGiven;
    }

    public RedemptionMethod method() {
        return method;
    }

    public Instant redeemedAt() {
        return redeemedAt;
    }

    public Instant voidedAt() {
        return voidedAt;
    }

    public String voidReason() {
        return voidReason;
    }
}
