package cn.tuoyu.vouchers.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.tuoyu.platform.persistence.Jdbc;
import cn.tuoyu.platform.persistence.TransactionDataSource;
import cn.tuoyu.vouchers.entity.ManualCode;
import cn.tuoyu.vouchers.entity.RotatingCode;
import cn.tuoyu.vouchers.entity.VoucherState;

/** A resident's vouchers and the code to show at the counter. Only the holder sees a voucher (others: 404). */
@ApplicationScoped
@Transactional
public class VoucherWallet {

    /** The code to show now: QR text (rotating), the manual fallback, and when the QR text stops being accepted. */
    public record CurrentCode(UUID voucherId, String text, String manualCode, Instant validUntil) {
    }

    private static final String SELECT = "SELECT v.id, v.batch_id, b.name, b.care_hours, b.face_value_cents, "
            + "v.child_id, v.serial, v.state, v.claimed_at, v.valid_until, v.manual_code FROM vouchers v "
            + "JOIN voucher_batches b ON b.id = v.batch_id ";

    @Inject
    Clock clock;

    @Inject
    TransactionDataSource dataSource;

    public List<ClaimedVoucher> of(String holder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                SELECT + "WHERE v.holder_subject = ? ORDER BY v.claimed_at DESC LIMIT 200")) {
            s.setString(1, holder);
            List<ClaimedVoucher> vouchers = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    vouchers.add(read(r));
                }
            }
            return vouchers;
        } catch (SQLException e) {
            throw Jdbc.failed(e);
        }
    }

    public ClaimedVoucher one(String holder, UUID voucherId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                SELECT + "WHERE v.holder_subject = ? AND v.id = ?")) {
            s.setString(1, holder);
            s.setObject(2, voucherId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new VoucherNotFoundException();
                }
                return read(r);
            }
        } catch (SQLException e) {
            throw Jdbc.failed(e);
        }
    }

    /** The rotating code for now; only for a voucher that can still be redeemed. */
    public CurrentCode code(String holder, UUID voucherId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT secret, manual_code, state, valid_until FROM vouchers WHERE holder_subject = ? AND id = ?")) {
            s.setString(1, holder);
            s.setObject(2, voucherId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new VoucherNotFoundException();
                }
                Instant now = clock.instant();
                VoucherState state = VoucherState.valueOf(r.getString("state"));
                if (state == VoucherState.REDEEMED) {
                    throw new VoucherAlreadyRedeemedException();
                }
                if (state == VoucherState.CANCELLED) {
                    throw new VoucherCancelledException();
                }
                if (state == VoucherState.EXPIRED || !Jdbc.instant(r.getTimestamp("valid_until")).isAfter(now)) {
                    throw new VoucherExpiredException();
                }
                RotatingCode code = RotatingCode.issue(voucherId, r.getBytes("secret"), now);
                return new CurrentCode(voucherId, code.text(), new ManualCode(r.getString("manual_code")).display(),
                        code.validUntil());
            }
        } catch (SQLException e) {
            throw Jdbc.failed(e);
        }
    }

    private static ClaimedVoucher read(ResultSet r) throws SQLException {
        return new ClaimedVoucher(r.getObject(1, UUID.class), r.getObject(2, UUID.class), r.getString(3),
                r.getBigDecimal(4), (Integer) r.getObject(5), r.getObject(6, UUID.class), r.getInt(7),
                VoucherState.valueOf(r.getString(8)), Jdbc.instant(r.getTimestamp(9)), Jdbc.instant(r.getTimestamp(10)),
                new ManualCode(r.getString(11)).display());
    }
}
