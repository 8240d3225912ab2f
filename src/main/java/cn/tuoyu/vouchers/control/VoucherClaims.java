package cn.tuoyu.vouchers.control;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.tuoyu.entitlements.control.EntitlementLedger;
import cn.tuoyu.entitlements.entity.LedgerReason;
import cn.tuoyu.entitlements.entity.ServiceKind;
import cn.tuoyu.families.control.ChildDirectory;
import cn.tuoyu.families.entity.Age;
import cn.tuoyu.families.entity.GuardedChild;
import cn.tuoyu.platform.persistence.Jdbc;
import cn.tuoyu.platform.persistence.TransactionDataSource;
import cn.tuoyu.vouchers.entity.ManualCode;

/**
 * A resident claims a voucher for their child. Built for the surge when a batch opens: a sold-out batch is
 * answered from one plain read, before anything else is looked up and without waiting for any lock, and for the next
 * seconds from this instance's memory ({@link SoldOutBatches}); otherwise one transaction takes the child's claim slot
 * (unique per batch, child and slot), reserves the hourly-care entitlement if the batch says so, and last raises
 * the batch's issued count with a conditional UPDATE, so the batch row is locked only for the moment before commit.
 * PostgreSQL decides every race: no JVM lock, any number of app instances.
 */
@ApplicationScoped
@Transactional
public class VoucherClaims {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Clock clock;

    @Inject
    TransactionDataSource dataSource;

    @Inject
    ChildDirectory children;

    @Inject
    VoucherBatches batches;

    @Inject
    EntitlementLedger ledger;

    @Inject
    VoucherAudit audit;

    @Inject
    SoldOutBatches soldOut;

    public ClaimedVoucher claim(String guardian, UUID childId, UUID batchId) {
        Instant now = clock.instant();
        if (soldOut.recentlySoldOut(batchId, now)) {
            throw new BatchSoldOutException();
        }
        Batch batch = batches.findForClaim(batchId).orElseThrow(BatchNotFoundException::new);
        if (!batch.openForClaimsAt(now)) {
            throw new BatchNotOpenException();
        }
        if (batch.remaining() <= 0) {
            soldOut.soldOut(batchId, now);
            throw new BatchSoldOutException();
        }
        GuardedChild child = children.childOfGuardian(childId, guardian);
        if (!batch.districtCode().equals(child.districtCode())
                || !batch.terms().coversAge(Age.inMonths(child.birthDate(), now))) {
            throw new ChildNotEligibleException();
        }
        UUID voucherId = UUID.randomUUID();
        try (Connection c = dataSource.getConnection()) {
            int slot = nextSlot(c, batchId, childId);
            if (slot > batch.terms().perChildLimit()) {
                throw new ClaimLimitReachedException();
            }
            UUID reservation = batch.terms().reservesEntitlement()
                    ? ledger.reserve(childId, ServiceKind.HOURLY_CARE, LedgerReason.VOUCHER, "voucher:" + voucherId)
                    : null;
            // the audit line first: from the conditional UPDATE on, the batch row is locked until commit
            audit.record(VoucherAudit.Action.CLAIMED, batchId, voucherId, null, guardian, "resident", null, null,
                    null);
            int serial = takeOne(c, batchId, now).orElseThrow(() -> {
                soldOut.soldOut(batchId, now);
                return new BatchSoldOutException();
            });
            ManualCode manualCode = insert(c, voucherId, batch, serial, childId, guardian, slot, reservation, now);
            return new ClaimedVoucher(voucherId, batchId, batch.terms().name(), batch.terms().careHours(),
                    batch.terms().faceValueCents(), childId, serial, cn.tuoyu.vouchers.entity.VoucherState.CLAIMED,
                    now, batch.terms().validUntil(), manualCode.display());
        } catch (SQLException e) {
            if (Jdbc.uniqueViolation(e)) {
                throw new ClaimLimitReachedException();
            }
            throw Jdbc.failed(e);
        }
    }

    /** An open batch the child fits, and, when it may not claim one now, the refusal the claim would give. */
    public record OpenBatch(Batch batch, String refusal) {
        public boolean mayClaim() {
            return refusal == null;
        }
    }

    /**
     * The batches open now that the resident's child fits (district, age band), each saying whether the child may
     * still claim one: sold out, the child's limit for the batch reached, no or no more hourly-care sessions when the
     * batch reserves one.
     */
    public List<OpenBatch> openFor(String guardian, UUID childId) {
        List<Batch> open = batches.openFor(guardian, childId);
        Instant now = clock.instant();
        List<OpenBatch> all = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            for (Batch batch : open) {
                String refusal = null;
                if (batch.remaining() <= 0) {
                    refusal = new BatchSoldOutException().slug();
                } else if (nextSlot(c, batch.id(), childId) > batch.terms().perChildLimit()) {
                    refusal = new ClaimLimitReachedException().slug();
                } else if (batch.terms().reservesEntitlement()) {
                    refusal = ledger.unitRefusal(childId, ServiceKind.HOURLY_CARE, now).orElse(null);
                }
                all.add(new OpenBatch(batch, refusal));
            }
            return all;
        } catch (SQLException e) {
            throw Jdbc.failed(e);
        }
    }

    private static int nextSlot(Connection c, UUID batchId, UUID childId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT count(*) FROM vouchers WHERE batch_id = ? AND child_id = ?")) {
            s.setObject(1, batchId);
            s.setObject(2, childId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1) + 1;
            }
        }
    }

    /**
     * The conditional increment that never lets issued pass quantity; its new value is the voucher's serial. Empty
     * when the batch is sold out (or closed in the meantime).
     */
    private static OptionalInt takeOne(Connection c, UUID batchId, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE voucher_batches SET issued = issued + 1 "
                + "WHERE id = ? AND status = 'PUBLISHED' AND issued < quantity AND claim_opens_at <= ? "
                + "AND claim_closes_at > ? RETURNING issued")) {
            s.setObject(1, batchId);
            s.setTimestamp(2, Jdbc.timestamp(now));
            s.setTimestamp(3, Jdbc.timestamp(now));
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? OptionalInt.of(r.getInt(1)) : OptionalInt.empty();
            }
        }
    }

    private static ManualCode insert(Connection c, UUID voucherId, Batch batch, int serial, UUID childId,
            String guardian, int slot, UUID reservation, Instant now) throws SQLException {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        for (int attempt = 0; ; attempt++) {
            ManualCode code = ManualCode.random();
            try (PreparedStatement s = c.prepareStatement("INSERT INTO vouchers (id, batch_id, per_child_limit, "
                    + "serial, child_id, holder_subject, claim_slot, secret, manual_code, state, reservation_id, "
                    + "claimed_at, valid_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'CLAIMED', ?, ?, ?) "
                    + "ON CONFLICT (manual_code) DO NOTHING")) {
                s.setObject(1, voucherId);
                s.setObject(2, batch.id());
                s.setInt(3, batch.terms().perChildLimit());
                s.setInt(4, serial);
                s.setObject(5, childId);
                s.setString(6, guardian);
                s.setInt(7, slot);
                s.setBytes(8, secret);
                s.setString(9, code.digits());
                s.setObject(10, reservation);
                s.setTimestamp(11, Jdbc.timestamp(now));
                s.setTimestamp(12, Jdbc.timestamp(batch.terms().validUntil()));
                if (s.executeUpdate() == 1) {
                    return code;
                }
            }
            if (attempt > 5) {
                throw new IllegalStateException("could not draw a free manual code");
            }
        }
    }
}
