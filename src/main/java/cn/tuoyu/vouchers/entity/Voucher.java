package cn.tuoyu.vouchers.entity;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import cn.tuoyu.platform.persistence.InstantConverter;
import cn.tuoyu.platform.persistence.NullableUuidConverter;

/**
 * A voucher claimed for a child: CLAIMED, then REDEEMED once (a void puts it back to CLAIMED), EXPIRED at the end of
 * its validity, or CANCELLED when its child's data is erased. Only its holder sees it; the counter finds it by the
 * rotating QR code, which it authenticates with its secret, or by its manual code.
 *
 * <p>A new voucher is written by {@link #INSERT}, where PostgreSQL decides that no two vouchers share a manual code;
 * the database also holds the per-child limit (unique batch, child and slot) and the serial within the batch.
 */
@Entity
@Table(name = "vouchers")
@NamedQuery(name = Voucher.OF_HOLDER,
        query = "SELECT v, b FROM Voucher v, VoucherBatch b WHERE b.id = v.batchId AND v.holderSubject = :holder "
                + "ORDER BY v.claimedAt DESC")
@NamedQuery(name = Voucher.BY_MANUAL_CODE, query = "SELECT v FROM Voucher v WHERE v.manualCode = :code")
@NamedQuery(name = Voucher.COUNT_OF_CHILD_IN_DISTRICT_SINCE, query = "SELECT count(v) FROM Voucher v, VoucherBatch b "
        + "WHERE v.batchId = b.id AND v.childId = :child AND b.districtCode = :district AND v.claimedAt >= :since")
@NamedQuery(name = Voucher.COUNT_FOR_CHILD,
        query = "SELECT count(v) FROM Voucher v WHERE v.batchId = :batch AND v.childId = :child")
@NamedQuery(name = Voucher.FUNNEL, query = "SELECT v.batchId, v.state, count(v) FROM Voucher v "
        + "WHERE v.batchId IN :batches AND v.state IN :states GROUP BY v.batchId, v.state")
@NamedQuery(name = Voucher.BY_IDS, query = "SELECT v FROM Voucher v WHERE v.id IN :ids")
@NamedQuery(name = Voucher.CLAIMED_FOR_CHILDREN,
        query = "SELECT v FROM Voucher v WHERE v.childId IN :children AND v.state = :claimed")
// decides that no two vouchers share a manual code: a code already taken inserts nothing, and another is drawn
@NamedNativeQuery(name = Voucher.INSERT, query = "INSERT INTO vouchers (id, batch_id, per_child_limit, serial, "
        + "child_id, holder_subject, claim_slot, secret, manual_code, state, reservation_id, claimed_at, valid_until) "
        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) ON CONFLICT (manual_code) DO NOTHING")
// decides which app instance expires a due voucher: each row is taken by one of them (SKIP LOCKED)
@NamedNativeQuery(name = Voucher.LOCK_DUE, query = "SELECT id FROM vouchers WHERE state = ?1 AND valid_until <= ?2 "
        + "LIMIT ?3 FOR UPDATE SKIP LOCKED")
// decides which app instance reminds the family of a voucher about to expire: each row is taken by one of them
@NamedNativeQuery(name = Voucher.LOCK_EXPIRING, query = "SELECT id FROM vouchers WHERE state = ?1 "
        + "AND expiry_reminded_at IS NULL AND valid_until > ?2 AND valid_until <= ?3 LIMIT ?4 FOR UPDATE SKIP LOCKED")
public class Voucher {

    /** A holder's vouchers with their batches, newest first (parameter {@code holder}). */
    public static final String OF_HOLDER = "Voucher.ofHolder";
    /** The voucher with a manual code (parameter {@code code}: its 13 digits). */
    public static final String BY_MANUAL_CODE = "Voucher.byManualCode";
    /** How many vouchers of a batch a child has (parameters {@code batch}, {@code child}). */
    public static final String COUNT_FOR_CHILD = "Voucher.countForChild";
    /** How many vouchers of a district a child has claimed since (parameters {@code child}, {@code district}, {@code since}). */
    public static final String COUNT_OF_CHILD_IN_DISTRICT_SINCE = "Voucher.countOfChildInDistrictSince";
    /** Batch id, state and count, for batches and states asked for. */
    public static final String FUNNEL = "Voucher.funnel";
    /** The vouchers with these ids (parameter {@code ids}). */
    public static final String BY_IDS = "Voucher.byIds";
    /** The unredeemed vouchers of children (parameters {@code children}, {@code claimed}). */
    public static final String CLAIMED_FOR_CHILDREN = "Voucher.claimedForChildren";
    /** Writes a new voucher unless its manual code is taken (parameters in column order); 1 row, or 0. */
    public static final String INSERT = "Voucher.insert";
    /** Ids of due claimed vouchers no other transaction holds (1: CLAIMED, 2: now, 3: how many), locked. */
    public static final String LOCK_DUE = "Voucher.lockDue";
    /**
     * Claimed vouchers whose family was not yet told that they expire soon (1: {@link VoucherState#CLAIMED}, 2: now,
     * 3: the horizon, 4: how many), locked for this transaction.
     */
    public static final String LOCK_EXPIRING = "Voucher.lockExpiring";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private UUID id;
    @Column(name = "batch_id")
    private UUID batchId;
    @Column(name = "per_child_limit")
    private int perChildLimit;
    private int serial;
    @Column(name = "child_id")
    private UUID childId;
    @Column(name = "holder_subject")
    private String holderSubject;
    @Column(name = "claim_slot")
    private int claimSlot;
    private byte[] secret;
    @Column(name = "manual_code")
    private String manualCode;
    @Enumerated(EnumType.STRING)
    private VoucherState state;
    @Column(name = "reservation_id")
    @Convert(converter = NullableUuidConverter.class)
    private UUID reservationId;
    @Column(name = "claimed_at")
    private Instant claimedAt;
    @Column(name = "valid_until")
    private Instant validUntil;
    @Column(name = "expired_at")
    private Instant expiredAt;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;
    @Column(name = "expiry_reminded_at")
    private Instant expiryRemindedAt;

    protected Voucher() {
    }

    private Voucher(UUID id, VoucherBatch batch, int serial, UUID childId, String holder, int claimSlot,
            UUID reservationId, Instant now) {
        this.id = id;
        this.batchId = batch.id();
        this.perChildLimit = batch.perChildLimit();
        this.serial = serial;
        this.childId = Objects.requireNonNull(childId);
        this.holderSubject = Objects.requireNonNull(holder);
        this.claimSlot = claimSlot;
        this.secret = new byte[32];
        RANDOM.nextBytes(secret);
        this.manualCode = ManualCode.random().digits();
        this.state = VoucherState.CLAIMED;
        this.reservationId = reservationId;
        this.claimedAt = now;
        this.validUntil = batch.validUntil();
    }

    /**
     * The child's voucher in {@code claimSlot} ({@link VoucherBatch#nextSlot}), with the {@code serial} the batch
     * issued it ({@link VoucherBatch#ISSUE_ONE}), valid until the batch says.
     */
    public static Voucher claim(UUID id, VoucherBatch batch, int serial, UUID childId, String holder, int claimSlot,
            UUID reservationId, Instant now) {
        return new Voucher(id, batch, serial, childId, holder, claimSlot, reservationId, now);
    }

    /** Draws another manual code, for when the drawn one is taken. */
    public void drawAnotherManualCode() {
        manualCode = ManualCode.random().digits();
    }

    /** The parameters of {@link #INSERT}, in order. */
    public Object[] insertParameters() {
        return new Object[] {id, batchId, perChildLimit, serial, childId, holderSubject, claimSlot, secret, manualCode,
                state.name(), reservationId, InstantConverter.column(claimedAt), InstantConverter.column(validUntil)};
    }

    /** Throws why the voucher cannot be used at {@code now}: redeemed, cancelled or expired. */
    public void checkUsableAt(Instant now) {
        switch (state) {
            case REDEEMED -> throw new VoucherAlreadyRedeemedException();
            case HELD -> throw new VoucherHeldException();
            case CANCELLED -> throw new VoucherCancelledException();
            case EXPIRED -> throw new VoucherExpiredException();
            case CLAIMED -> {
                if (!validUntil.isAfter(now)) {
                    throw new VoucherExpiredException();
                }
            }
        }
    }

    /** The code the holder shows now; refused when the voucher can no longer be used. */
    public RotatingCode codeAt(Instant now) {
        checkUsableAt(now);
        return RotatingCode.issue(id, secret, now);
    }

    /** Whether this resident holds it. */
    public boolean heldBy(String holder) {
        return holderSubject.equals(holder);
    }

    /** Whether a scanned code is this voucher's, signed with its secret. */
    public boolean authenticates(RotatingCode code) {
        return code.voucherId().equals(id) && code.isAuthentic(secret);
    }

    /** Redeems it at {@code now}: only a claimed voucher still valid. */
    public void redeemAt(Instant now) {
        checkUsableAt(now);
        state = VoucherState.REDEEMED;
    }

    /** Holds it for a booked hourly-care session: only a claimed voucher still valid. */
    public void holdAt(Instant now) {
        checkUsableAt(now);
        state = VoucherState.HELD;
    }

    /** The session it was held for was cancelled (or nobody came under a returning rule): claimed again. */
    public void releaseHold() {
        requireHeld();
        state = VoucherState.CLAIMED;
    }

    /** The child of the session it was held for was checked in: redeemed. */
    public void redeemHeld() {
        requireHeld();
        state = VoucherState.REDEEMED;
    }

    /** Nobody came to the session it was held for, and the district's rule uses the voucher up. */
    public void consumeHeld(Instant now) {
        requireHeld();
        state = VoucherState.CANCELLED;
        cancelledAt = now;
    }

    private void requireHeld() {
        if (state != VoucherState.HELD) {
            throw new IllegalStateException("the voucher is not held for a session");
        }
    }

    /** After its redemption was voided: claimed again, usable while valid. */
    public void reopen() {
        if (state != VoucherState.REDEEMED) {
            throw new RedemptionAlreadyVoidedException();
        }
        state = VoucherState.CLAIMED;
    }

    /** Expires an unused voucher at the end of its validity. */
    public void expireAt(Instant now) {
        if (state != VoucherState.CLAIMED || validUntil.isAfter(now)) {
            throw new IllegalStateException("only a claimed voucher past its validity expires");
        }
        state = VoucherState.EXPIRED;
        expiredAt = now;
    }

    /** The family was told that it expires soon (once: the reminder scan passes over it from now on). */
    public void remindedOfExpiryAt(Instant now) {
        expiryRemindedAt = Objects.requireNonNull(now);
    }

    /** Cancels an unused voucher when its child's data is erased. */
    public void cancelAt(Instant now) {
        if (!state.usable()) {
            throw new IllegalStateException("only a claimed voucher is cancelled");
        }
        state = VoucherState.CANCELLED;
        cancelledAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID batchId() {
        return batchId;
    }

    public int serial() {
        return serial;
    }

    public UUID childId() {
        return childId;
    }

    public VoucherState state() {
        return state;
    }

    public UUID reservationId() {
        return reservationId;
    }

    public Instant claimedAt() {
        return claimedAt;
    }

    public Instant validUntil() {
        return validUntil;
    }

    public ManualCode manualCode() {
        return new ManualCode(manualCode);
    }
}
