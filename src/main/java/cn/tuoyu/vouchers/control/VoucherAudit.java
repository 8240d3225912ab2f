package cn.tuoyu.vouchers.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.tuoyu.platform.persistence.Jdbc;
import cn.tuoyu.platform.persistence.TransactionDataSource;

/** The append-only trail (a trigger refuses updates and deletes): written in the same transaction as the change. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class VoucherAudit {

    public enum Action {
        BATCH_CREATED, BATCH_CHANGED, CLAIMED, REDEEMED, VOIDED, EXPIRED, CANCELLED
    }

    @Inject
    Clock clock;

    @Inject
    TransactionDataSource dataSource;

    public void record(Action action, UUID batchId, UUID voucherId, UUID facilityId, String actor, String role,
            String device, String clientIp, String detail) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO voucher_audit (at, action, batch_id, voucher_id, facility_id, actor_subject, actor_role, "
                        + "device, client_ip, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setTimestamp(1, Jdbc.timestamp(clock.instant()));
            s.setString(2, action.name());
            s.setObject(3, batchId);
            s.setObject(4, voucherId);
            s.setObject(5, facilityId);
            s.setString(6, actor);
            s.setString(7, role);
            s.setString(8, device);
            s.setString(9, clientIp);
            s.setString(10, detail);
            s.executeUpdate();
        } catch (SQLException e) {
            throw Jdbc.failed(e);
        }
    }
}
