package cn.tuoyu.vouchers.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.tuoyu.platform.persistence.Jdbc;
import cn.tuoyu.platform.persistence.TransactionDataSource;

/**
 * Remembers the answer to a request sent with an {@code Idempotency-Key}, so a retry gets the same answer and the
 * work is done once. The key is claimed by inserting its row in the caller's transaction: a concurrent request with
 * the same key waits on that row and then reads the stored answer; if the first attempt fails, its row goes with
 * its transaction and a retry does the work afresh. The same key with a different request is refused (422).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class IdempotencyRecords {

    @Inject
    Clock clock;

    @Inject
    TransactionDataSource dataSource;

    /**
     * Claims the key for this request; returns what the first request with this key answered when the key was
     * already used for the same request (another request under the same key: 422).
     */
    public Optional<String> claim(String scope, String key, byte[] requestHash) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO idempotency_records (scope, key, request_hash, "
                    + "created_at) VALUES (?, ?, ?, ?) ON CONFLICT (scope, key) DO NOTHING")) {
                s.setString(1, scope);
                s.setString(2, key);
                s.setBytes(3, requestHash);
                s.setTimestamp(4, Jdbc.timestamp(clock.instant()));
                if (s.executeUpdate() == 1) {
                    return Optional.empty();
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT request_hash, body FROM idempotency_records WHERE scope = ? AND key = ?")) {
                s.setString(1, scope);
                s.setString(2, key);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    if (!Arrays.equals(requestHash, r.getBytes(1))) {
                        throw new IdempotencyKeyReusedException();
                    }
                    return Optional.of(r.getString(2));
                }
            }
        } catch (SQLException e) {
            throw Jdbc.failed(e);
        }
    }

    /** Keeps the first request's answer under its key, in the same transaction as what it did. */
    public void remember(String scope, String key, String answer) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE idempotency_records SET body = ? WHERE scope = ? AND key = ?")) {
            s.setString(1, answer);
            s.setString(2, scope);
            s.setString(3, key);
            s.executeUpdate();
        } catch (SQLException e) {
            throw Jdbc.failed(e);
        }
    }
}
