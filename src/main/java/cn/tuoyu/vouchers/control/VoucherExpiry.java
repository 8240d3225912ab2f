package cn.tuoyu.vouchers.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Logger;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.tuoyu.entitlements.control.EntitlementLedger;
import cn.tuoyu.entitlements.entity.LedgerReason;
import cn.tuoyu.platform.persistence.Jdbc;
import cn.tuoyu.platform.persistence.TransactionDataSource;

/**
 * Unredeemed vouchers expire at the end of their validity and give back the entitlement they reserved. Each voucher
 * is expired by a conditional UPDATE, so every app instance may run this at once without doing anything twice.
 */
@ApplicationScoped
public class VoucherExpiry {

    private static final Logger LOG = Logger.getLogger(VoucherExpiry.class.getName());
    private static final int CHUNK = 500;

    @Inject
    TransactionDataSource dataSource;

    @Inject
    EntitlementLedger ledger;

    @Inject
    VoucherAudit audit;

    /** Expires up to one chunk of due vouchers; returns how many. */
    @Transactional
    public int expireDue(Instant now) {
        int expired = 0;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE vouchers SET state = 'EXPIRED', expired_at = ? WHERE id IN (SELECT id FROM vouchers "
                        + "WHERE state = 'CLAIMED' AND valid_until <= ? LIMIT " + CHUNK + " FOR UPDATE SKIP LOCKED) "
                        + "AND state = 'CLAIMED' RETURNING id, batch_id, reservation_id")) {
            s.setTimestamp(1, Jdbc.timestamp(now));
            s.setTimestamp(2, Jdbc.timestamp(now));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    UUID reservation = r.getObject(3, UUID.class);
                    if (reservation != null) {
                        ledger.release(reservation, LedgerReason.EXPIRY);
                    }
                    audit.record(VoucherAudit.Action.EXPIRED, r.getObject(2, UUID.class), r.getObject(1, UUID.class),
                            null, null, "system", null, null, null);
                    expired++;
                }
            }
        } catch (SQLException e) {
            throw Jdbc.failed(e);
        }
        if (expired > 0) {
            LOG.info("expired vouchers: " + expired);
        }
        return expired;
    }
}
