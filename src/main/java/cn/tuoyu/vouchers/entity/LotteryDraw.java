package cn.tuoyu.vouchers.entity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;

/**
 * That a batch's draw took place: once per batch (the primary key), written in the transaction that gives every
 * position and the first offers. From then on the batch's seed is public.
 */
@Entity
@Table(name = "lottery_draws")
// decides which instance draws a due batch: one transaction takes it, others skip it; a batch drawn meanwhile is
// refused again by lottery_draws' primary key
@NamedNativeQuery(name = LotteryDraw.LOCK_DUE, query = "SELECT b.id FROM voucher_batches b WHERE b.allocation = ?1 "
        + "AND b.status IN (?2, ?3) AND b.draw_at <= ?4 AND NOT EXISTS (SELECT 1 FROM lottery_draws d "
        + "WHERE d.batch_id = b.id) ORDER BY b.draw_at LIMIT 1 FOR UPDATE OF b SKIP LOCKED")
public class LotteryDraw {

    /** Locks one batch due to be drawn (1: LOTTERY, 2–3: PUBLISHED, PAUSED, 4: now); its id, or none. */
    public static final String LOCK_DUE = "LotteryDraw.lockDue";

    @Id
    @Column(name = "batch_id")
    private UUID batchId;
    @Column(name = "drawn_at")
    private Instant drawnAt;
    private int applications;

    protected LotteryDraw() {
    }

    public LotteryDraw(UUID batchId, Instant drawnAt, int applications) {
        this.batchId = Objects.requireNonNull(batchId);
        this.drawnAt = Objects.requireNonNull(drawnAt);
        this.applications = applications;
    }

    public UUID batchId() {
        return batchId;
    }

    public Instant drawnAt() {
        return drawnAt;
    }

    public int applications() {
        return applications;
    }
}
