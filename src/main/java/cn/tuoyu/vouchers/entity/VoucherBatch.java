package cn.tuoyu.vouchers.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A batch of vouchers a district issues: its terms, its status (DRAFT → PUBLISHED ⇄ PAUSED → CLOSED) and how many
 * have been claimed. The issued count is raised only by {@link #ISSUE_ONE}, where PostgreSQL decides who gets the
 * last voucher; a change of quantity goes through {@link #RESIZE}, so it never falls below what was claimed meanwhile.
 */
@Entity
@Table(name = "voucher_batches")
@NamedQuery(name = VoucherBatch.OF_DISTRICT,
        query = "SELECT b FROM VoucherBatch b WHERE b.districtCode = :district ORDER BY b.createdAt DESC")
@NamedQuery(name = VoucherBatch.OPEN_FOR_AGE, query = "SELECT b FROM VoucherBatch b WHERE b.districtCode = :district "
        + "AND b.status = :published AND b.claimOpensAt <= :now AND b.claimClosesAt > :now "
        + "AND b.minAgeMonths <= :age AND b.maxAgeMonths >= :age ORDER BY b.claimClosesAt")
// decides who gets the last voucher: issued never passes quantity, and the new count is the voucher's serial
@NamedNativeQuery(name = VoucherBatch.ISSUE_ONE, query = "UPDATE voucher_batches SET issued = issued + 1 WHERE id = ?1 "
        + "AND status = ?2 AND issued < quantity AND claim_opens_at <= ?3 AND claim_closes_at > ?3 RETURNING issued")
// decides the race between shrinking a batch and claiming from it: quantity never falls below issued
@NamedNativeQuery(name = VoucherBatch.RESIZE,
        query = "UPDATE voucher_batches SET quantity = ?2 WHERE id = ?1 AND issued <= ?2")
public class VoucherBatch {

    /** Batches of a district, newest first (parameter {@code district}). */
    public static final String OF_DISTRICT = "VoucherBatch.ofDistrict";
    /** Published batches of a district open now for a child of an age in months. */
    public static final String OPEN_FOR_AGE = "VoucherBatch.openForAge";
    /** Takes one voucher of the batch (1: id, 2: {@link BatchStatus#PUBLISHED}, 3: now); returns the serial, or none. */
    public static final String ISSUE_ONE = "VoucherBatch.issueOne";
    /** Sets the quantity (1: id, 2: quantity) unless more have been claimed; 1 row changed, or 0. */
    public static final String RESIZE = "VoucherBatch.resize";

    @Id
    private UUID id;
    @Column(name = "district_code")
    private String districtCode;
    private String name;
    @Column(name = "care_hours")
    private BigDecimal careHours;
    @Column(name = "face_value_cents")
    private Integer faceValueCents;
    private int quantity;
    private int issued;
    @Column(name = "per_child_limit")
    private int perChildLimit;
    @Column(name = "min_age_months")
    private int minAgeMonths;
    @Column(name = "max_age_months")
    private int maxAgeMonths;
    @Column(name = "all_hourly_facilities")
    private boolean allHourlyFacilities;
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "voucher_batch_facilities", joinColumns = @JoinColumn(name = "batch_id"))
    @Column(name = "facility_id")
    private Set<UUID> facilityIds = new HashSet<>();
    @Column(name = "claim_opens_at")
    private Instant claimOpensAt;
    @Column(name = "claim_closes_at")
    private Instant claimClosesAt;
    @Column(name = "valid_until")
    private Instant validUntil;
    @Column(name = "reserves_entitlement")
    private boolean reservesEntitlement;
    @Enumerated(EnumType.STRING)
    private BatchStatus status;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Enumerated(EnumType.STRING)
    private Allocation allocation = Allocation.FIRST_COME;
    @Column(name = "draw_at")
    private Instant drawAt;
    @Column(name = "offer_hours")
    private Integer offerHours;
    @Column(name = "lottery_seed")
    private byte[] lotterySeed;
    @Column(name = "lottery_commitment")
    private String lotteryCommitment;

    protected VoucherBatch() {
    }

    /** A new batch, in draft, for the district; the caller has checked that listed facilities are of the district. */
    public VoucherBatch(String districtCode, BatchTerms terms, String createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.districtCode = Objects.requireNonNull(districtCode);
        this.name = terms.name();
        this.careHours = terms.careHours();
        this.faceValueCents = terms.faceValueCents();
        this.quantity = terms.quantity();
        this.perChildLimit = terms.perChildLimit();
        this.minAgeMonths = terms.minAgeMonths();
        this.maxAgeMonths = terms.maxAgeMonths();
        this.allHourlyFacilities = terms.allHourlyFacilities();
        this.facilityIds = new HashSet<>(terms.facilityIds());
        this.claimOpensAt = terms.claimOpensAt();
        this.claimClosesAt = terms.claimClosesAt();
        this.validUntil = terms.validUntil();
        this.reservesEntitlement = terms.reservesEntitlement();
        this.status = BatchStatus.DRAFT;
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(now);
        this.allocation = terms.allocation();
        this.drawAt = terms.drawAt();
        this.offerHours = terms.offerHours();
    }

    public BatchTerms terms() {
        return new BatchTerms(name, careHours, faceValueCents, quantity, perChildLimit, minAgeMonths, maxAgeMonths,
                allHourlyFacilities, facilityIds, claimOpensAt, claimClosesAt, validUntil, reservesEntitlement,
                allocation, drawAt, offerHours);
    }

    public boolean isLottery() {
        return allocation == Allocation.LOTTERY;
    }

    /**
     * On publishing a lottery batch, its secret seed and the commitment published at once ({@link DrawOrder}); kept
     * from the first publishing on, so pausing and resuming never draws another.
     */
    public void sealSeedOnce(byte[] seed) {
        if (isLottery() && lotterySeed == null) {
            lotterySeed = seed.clone();
            lotteryCommitment = DrawOrder.commitment(seed);
        }
    }

    /** Whether a child may apply now: a published lottery batch, from its claims opening until its draw. */
    public boolean takesApplicationsAt(Instant now) {
        return isLottery() && status == BatchStatus.PUBLISHED && !now.isBefore(claimOpensAt) && now.isBefore(drawAt);
    }

    /** Throws why a child cannot apply now: {@link NotALotteryBatchException}, {@link LotteryClosedException}. */
    public void checkTakesApplicationsAt(Instant now) {
        if (!isLottery()) {
            throw new NotALotteryBatchException();
        }
        if (!takesApplicationsAt(now)) {
            throw new LotteryClosedException();
        }
    }

    /** When an offer made now runs out: the batch's offer period, never after claims close. */
    public Instant offerDeadlineFrom(Instant now) {
        return LotteryApplication.offerDeadline(now, java.time.Duration.ofHours(offerHours), claimClosesAt);
    }

    /** Whether another place may still be offered now: claims are not closed. */
    public boolean mayOfferAt(Instant now) {
        return now.isBefore(claimClosesAt);
    }

    public Allocation allocation() {
        return allocation;
    }

    public Instant drawAt() {
        return drawAt;
    }

    public byte[] lotterySeed() {
        return lotterySeed == null ? null : lotterySeed.clone();
    }

    public String lotteryCommitment() {
        return lotteryCommitment;
    }

    public int remaining() {
        return quantity - issued;
    }

    /** What anyone may know of the batch at {@code now}: whether a claim could succeed, and if not, why. */
    public Availability availabilityAt(Instant now) {
        return switch (status) {
            case DRAFT, CLOSED -> Availability.CLOSED;
            case PAUSED -> Availability.PAUSED;
            case PUBLISHED -> now.isBefore(claimOpensAt)
                    ? Availability.NOT_YET_OPEN
                    : !now.isBefore(claimClosesAt)
                            ? Availability.CLOSED
                            : remaining() > 0 ? Availability.OPEN : Availability.SOLD_OUT;
        };
    }

    public boolean openForClaimsAt(Instant now) {
        return status == BatchStatus.PUBLISHED && !now.isBefore(claimOpensAt) && now.isBefore(claimClosesAt);
    }

    /**
     * Throws why no voucher can be claimed now: {@link BatchNotOpenException} when claims are not open,
     * {@link BatchSoldOutException} when none is left.
     */
    public void checkClaimableAt(Instant now) {
        if (!openForClaimsAt(now)) {
            throw new BatchNotOpenException();
        }
        if (remaining() <= 0) {
            throw new BatchSoldOutException();
        }
    }

    /** Whether a child of this district and age in months may have vouchers of this batch. */
    public boolean admits(String childDistrict, int ageInMonths) {
        return districtCode.equals(childDistrict) && coversAge(ageInMonths);
    }

    /** Whether a child of this age in months is inside the batch's age band. */
    public boolean coversAge(int ageInMonths) {
        return ageInMonths >= minAgeMonths && ageInMonths <= maxAgeMonths;
    }

    /**
     * The claim slot of a child's next voucher when it has {@code vouchersOfChild} already:
     * {@link ClaimLimitReachedException} past the per-child limit.
     */
    public int nextSlot(int vouchersOfChild) {
        if (vouchersOfChild >= perChildLimit) {
            throw new ClaimLimitReachedException();
        }
        return vouchersOfChild + 1;
    }

    /** Whether a voucher of this batch may be redeemed at a facility of this district, offering hourly care or not. */
    public boolean redeemableAt(UUID facilityId, String facilityDistrict, boolean offersHourlyCare) {
        return allHourlyFacilities
                ? districtCode.equals(facilityDistrict) && offersHourlyCare
                : facilityIds.contains(facilityId);
    }

    /** Moves to the next status along DRAFT → PUBLISHED ⇄ PAUSED → CLOSED; anything else: 409. */
    /** A closed batch keeps the quantity it closed with: the funnel and the settlement are read against it. */
    public void checkResizable() {
        if (!status.mayResize()) {
            throw new BatchClosedException();
        }
        if (isLottery() && status != BatchStatus.DRAFT) {
            throw new LotteryQuantityFixedException();
        }
    }

    public void changeStatus(BatchStatus next) {
        if (!status.mayBecome(next)) {
            throw new BatchStatusChangeException();
        }
        status = next;
    }

    public UUID id() {
        return id;
    }

    public String districtCode() {
        return districtCode;
    }

    public String name() {
        return name;
    }

    public BigDecimal careHours() {
        return careHours;
    }

    public Integer faceValueCents() {
        return faceValueCents;
    }

    public int perChildLimit() {
        return perChildLimit;
    }

    public int issued() {
        return issued;
    }

    public Instant claimOpensAt() {
        return claimOpensAt;
    }

    public Instant claimClosesAt() {
        return claimClosesAt;
    }

    public int quantity() {
        return quantity;
    }

    public Instant validUntil() {
        return validUntil;
    }

    public boolean reservesEntitlement() {
        return reservesEntitlement;
    }

    public BatchStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
