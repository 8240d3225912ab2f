package cn.tuoyu.vouchers.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.tuoyu.entitlements.control.EntitlementLedger;
import cn.tuoyu.entitlements.entity.LedgerReason;
import cn.tuoyu.families.control.ChildrenErased;
import cn.tuoyu.platform.persistence.Jdbc;
import cn.tuoyu.platform.persistence.TransactionDataSource;

/**
 * When children are erased (consent withdrawn, or a child removed by its guardian), cancels their unredeemed
 * vouchers inside the erasure's transaction, as expiry does for an unused voucher: a conditional UPDATE from
 * CLAIMED, the reserved entitlement released, a line in the audit trail. The voucher keeps its serial and stays counted as issued;
 * redeemed vouchers stay as they are for settlement.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class VoucherCancellation {

    @Inject
    Clock clock;

    @Inject
    TransactionDataSource dataSource;

    @Inject
    EntitlementLedger ledger;

    @Inject
    VoucherAudit audit;

    void cancelUnredeemed(@Observes ChildrenErased withdrawal) {
        if (withdrawal.erasedChildren().isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE vouchers SET state = 'CANCELLED', cancelled_at = ? WHERE child_id = ANY (?) "
                        + "AND state = 'CLAIMED' RETURNING id, batch_id, reservation_id")) {
            s.setTimestamp(1, Jdbc.timestamp(now));
            s.setArray(2, c.createArrayOf("uuid", withdrawal.erasedChildren().toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    UUID reservation = r.getObject(3, UUID.class);
                    if (reservation != null) {
                        ledger.release(reservation, LedgerReason.CANCELLATION);
                    }
                    audit.record(VoucherAudit.Action.CANCELLED, r.getObject(2, UUID.class), r.getObject(1, UUID.class),
                            null, withdrawal.guardian(), "resident", null, null, withdrawal.cause());
                }
            }
        } catch (SQLException e) {
            throw Jdbc.failed(e);
        }
    }
}
