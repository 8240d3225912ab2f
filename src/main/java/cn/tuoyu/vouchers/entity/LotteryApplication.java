package cn.tuoyu.vouchers.entity;

import java.time.Duration;
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

import cn.tuoyu.platform.persistence.NullableUuidConverter;

/**
 * A child's application for a lottery batch ({@link ApplicationState}). Its id is a random UUID, the pseudonym the
 * public draw lists it by; nothing in it is derived from the child. One live application per child and batch is the
 * database's partial unique index, raced by {@link #INSERT_ONCE}; a position is unique per batch. A child applying
 * again after withdrawing gets its first application back, with its id ({@link #reapplyAt}): the rank a seed gives an
 * id cannot be redrawn by withdrawing and applying until a new id ranks high.
 */
@Entity
@Table(name = "lottery_applications")
@NamedQuery(name = LotteryApplication.LIVE_OF_CHILD, query = "SELECT a FROM LotteryApplication a "
        + "WHERE a.batchId = :batch AND a.childId = :child AND a.state <> :withdrawn")
@NamedQuery(name = LotteryApplication.WITHDRAWN_OF_CHILD, query = "SELECT a FROM LotteryApplication a "
        + "WHERE a.batchId = :batch AND a.childId = :child AND a.state = :withdrawn")
@NamedQuery(name = LotteryApplication.OF_CHILD,
        query = "SELECT a FROM LotteryApplication a WHERE a.childId = :child ORDER BY a.appliedAt DESC")
@NamedQuery(name = LotteryApplication.TO_DRAW,
        query = "SELECT a FROM LotteryApplication a WHERE a.batchId = :batch AND a.state = :applied")
@NamedQuery(name = LotteryApplication.DRAWN,
        query = "SELECT a FROM LotteryApplication a WHERE a.batchId = :batch AND a.position IS NOT NULL "
                + "ORDER BY a.position")
@NamedQuery(name = LotteryApplication.COUNT_LIVE, query = "SELECT count(a) FROM LotteryApplication a "
        + "WHERE a.batchId = :batch AND a.state <> :withdrawn")
@NamedQuery(name = LotteryApplication.COUNT_IN_STATE, query = "SELECT count(a) FROM LotteryApplication a "
        + "WHERE a.batchId = :batch AND a.state = :state")
@NamedQuery(name = LotteryApplication.BY_IDS, query = "SELECT a FROM LotteryApplication a WHERE a.id IN :ids")
@NamedQuery(name = LotteryApplication.OPEN_OF_CHILDREN, query = "SELECT a FROM LotteryApplication a "
        + "WHERE a.childId IN :children AND a.state IN :states")
// decides the race of two applications for one child: the partial unique index keeps the first, the second inserts
// nothing (0 rows) and reads the first
@NamedNativeQuery(name = LotteryApplication.INSERT_ONCE, query = "INSERT INTO lottery_applications (id, batch_id, "
        + "child_id, guardian_subject, tier, state, applied_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
        + "ON CONFLICT (batch_id, child_id) WHERE state <> 'WITHDRAWN' DO NOTHING")
// decides which instance expires an offer and passes its place down: each due offer is taken by one transaction
@NamedNativeQuery(name = LotteryApplication.LOCK_DUE_OFFERS, query = "SELECT id FROM lottery_applications "
        + "WHERE state = ?1 AND offer_deadline <= ?2 ORDER BY offer_deadline LIMIT ?3 FOR UPDATE SKIP LOCKED")
// decides who is offered a place that passed down: the next position not yet offered, taken by one transaction
@NamedNativeQuery(name = LotteryApplication.LOCK_NEXT_WAITING, query = "SELECT id FROM lottery_applications "
        + "WHERE batch_id = ?1 AND state = ?2 ORDER BY position LIMIT 1 FOR UPDATE SKIP LOCKED")
public class LotteryApplication {

    /** The child's live application for a batch (parameters {@code batch}, {@code child}, {@code withdrawn}). */
    public static final String LIVE_OF_CHILD = "LotteryApplication.liveOfChild";
    /** The child's withdrawn application for a batch (parameters {@code batch}, {@code child}, {@code withdrawn}). */
    public static final String WITHDRAWN_OF_CHILD = "LotteryApplication.withdrawnOfChild";
    /** A child's applications, newest first (parameter {@code child}). */
    public static final String OF_CHILD = "LotteryApplication.ofChild";
    /** A batch's applications still to be drawn (parameters {@code batch}, {@code applied}). */
    public static final String TO_DRAW = "LotteryApplication.toDraw";
    /** A batch's drawn applications by position (parameter {@code batch}). */
    public static final String DRAWN = "LotteryApplication.drawn";
    /** How many live applications a batch has (parameters {@code batch}, {@code withdrawn}). */
    public static final String COUNT_LIVE = "LotteryApplication.countLive";
    /** How many applications of a batch are in a state (parameters {@code batch}, {@code state}). */
    public static final String COUNT_IN_STATE = "LotteryApplication.countInState";
    /** The children's applications in the states (parameters {@code children}, {@code states}). */
    public static final String OPEN_OF_CHILDREN = "LotteryApplication.openOfChildren";
    /** Applications by id (parameter {@code ids}). */
    public static final String BY_IDS = "LotteryApplication.byIds";
    /** Inserts unless the child has a live one (1: id … 7: applied at, see {@link #insertParameters}); 1 or 0 rows. */
    public static final String INSERT_ONCE = "LotteryApplication.insertOnce";
    /** Locks offers past their deadline (1: {@link ApplicationState#OFFERED}, 2: now, 3: limit); their ids. */
    public static final String LOCK_DUE_OFFERS = "LotteryApplication.lockDueOffers";
    /** Locks a batch's next waiting position (1: batch, 2: {@link ApplicationState#WAITING}); its id, or none. */
    public static final String LOCK_NEXT_WAITING = "LotteryApplication.lockNextWaiting";

    @Id
    private UUID id;
    @Column(name = "batch_id")
    private UUID batchId;
    @Column(name = "child_id")
    private UUID childId;
    @Column(name = "guardian_subject")
    private String guardianSubject;
    private int tier;
    @Enumerated(EnumType.STRING)
    private ApplicationState state;
    @Column(name = "applied_at")
    private Instant appliedAt;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;
    private Integer position;
    @Column(name = "offered_at")
    private Instant offeredAt;
    @Column(name = "offer_deadline")
    private Instant offerDeadline;
    @Column(name = "voucher_id")
    @Convert(converter = NullableUuidConverter.class)
    private UUID voucherId;

    protected LotteryApplication() {
    }

    /** A new application, with a fresh random id, applied now. */
    public LotteryApplication(UUID batchId, UUID childId, String guardianSubject, int tier, Instant now) {
        this.id = UUID.randomUUID();
        this.batchId = Objects.requireNonNull(batchId);
        this.childId = Objects.requireNonNull(childId);
        this.guardianSubject = Objects.requireNonNull(guardianSubject);
        this.tier = tier;
        this.state = ApplicationState.APPLIED;
        this.appliedAt = Objects.requireNonNull(now);
    }

    /** The parameters of {@link #INSERT_ONCE}, in order. */
    public Object[] insertParameters() {
        return new Object[] {id, batchId, childId, guardianSubject, tier, state.name(),
                cn.tuoyu.platform.persistence.InstantConverter.column(appliedAt)};
    }

    /** Withdraws before the draw; once drawn (or at the draw time, or already withdrawn): 409. */
    public void withdrawAt(Instant now, Instant drawAt) {
        if (state != ApplicationState.APPLIED || !now.isBefore(drawAt)) {
            throw new ApplicationNotWithdrawableException();
        }
        state = ApplicationState.WITHDRAWN;
        withdrawnAt = now;
    }

    /**
     * Applies again after a withdrawal, before the draw (else 409), keeping the id and so the rank the seed gives it;
     * the tier is the one in force now.
     */
    public void reapplyAt(Instant now, Instant drawAt, int tier) {
        if (state != ApplicationState.WITHDRAWN || !now.isBefore(drawAt)) {
            throw new ApplicationNotWithdrawableException();
        }
        state = ApplicationState.APPLIED;
        withdrawnAt = null;
        appliedAt = now;
        this.tier = tier;
    }

    /**
     * The child is erased: an application not yet drawn is withdrawn, an offer ends now (its place passes down); a
     * drawn application still waiting keeps its position. Returns whether an offer ended.
     */
    public boolean closeOnErasure(Instant now) {
        if (state == ApplicationState.APPLIED) {
            state = ApplicationState.WITHDRAWN;
            withdrawnAt = now;
        } else if (state == ApplicationState.OFFERED) {
            state = ApplicationState.OFFER_EXPIRED;
            return true;
        }
        return false;
    }

    /** Takes its place in the draw: waiting for an offer. */
    public void drawnAt(int position) {
        if (state != ApplicationState.APPLIED) {
            throw new IllegalStateException("only an application not yet drawn takes a position");
        }
        this.position = position;
        this.state = ApplicationState.WAITING;
    }

    /** A place is offered until the deadline ({@link #offerDeadline(Instant, Duration, Instant)}). */
    public void offer(Instant now, Instant deadline) {
        if (state != ApplicationState.WAITING) {
            throw new IllegalStateException("only a waiting application is offered a place");
        }
        if (!deadline.isAfter(now)) {
            throw new IllegalArgumentException("an offer's deadline must be ahead");
        }
        state = ApplicationState.OFFERED;
        offeredAt = now;
        offerDeadline = deadline;
    }

    /**
     * When an offer made now runs out: the batch's offer period from now, but never after its claims close.
     */
    public static Instant offerDeadline(Instant now, Duration offerPeriod, Instant claimClosesAt) {
        Instant end = now.plus(offerPeriod);
        return end.isAfter(claimClosesAt) ? claimClosesAt : end;
    }

    /** Whether it holds an offer that may still be claimed now. */
    public boolean mayClaimAt(Instant now) {
        return state == ApplicationState.OFFERED && now.isBefore(offerDeadline);
    }

    /** The offer is taken up with this voucher: {@link NoLotteryOfferException} without a live offer. */
    public void claimAt(Instant now, UUID voucher) {
        if (!mayClaimAt(now)) {
            throw new NoLotteryOfferException();
        }
        state = ApplicationState.CLAIMED;
        voucherId = Objects.requireNonNull(voucher);
    }

    /** The offer ran out: it never comes back. */
    public void expireOfferAt(Instant now) {
        if (state != ApplicationState.OFFERED || now.isBefore(offerDeadline)) {
            throw new IllegalStateException("only an offer past its deadline expires");
        }
        state = ApplicationState.OFFER_EXPIRED;
    }

    public boolean mayWithdrawAt(Instant now, Instant drawAt) {
        return state == ApplicationState.APPLIED && now.isBefore(drawAt);
    }

    public UUID id() {
        return id;
    }

    public UUID batchId() {
        return batchId;
    }

    public UUID childId() {
        return childId;
    }

    public int tier() {
        return tier;
    }

    public ApplicationState state() {
        return state;
    }

    public Instant appliedAt() {
        return appliedAt;
    }

    public Integer position() {
        return position;
    }

    public Instant offerDeadline() {
        return offerDeadline;
    }

    public UUID voucherId() {
        return voucherId;
    }
}
