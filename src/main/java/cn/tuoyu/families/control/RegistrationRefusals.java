package cn.tuoyu.families.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import cn.tuoyu.platform.persistence.TransactionDataSource;

/**
 * Refused registrations of an identity number another family holds: each is written to
 * {@code registration_refusals} (who, when, the number's keyed hash — never the number) in a transaction of its
 * own, so the row stays although the registration rolls back; and a resident refused {@link #PER_HOUR} times within
 * an hour is refused any registration until the oldest of those leaves the hour (429). Counted in PostgreSQL, under
 * a per-subject advisory lock, so the limit holds across instances and concurrent requests.
 */
@ApplicationScoped
public class RegistrationRefusals {

    static final int PER_HOUR = 5;

    private static final String IN_THE_HOUR = "FROM registration_refusals WHERE subject = ? AND outcome = 'REFUSED' "
            + "AND refused_at > now() - interval '1 hour'";

    @Inject
    TransactionDataSource dataSource;

    /** A cheap first look, in the caller's transaction: whether the resident has used up their refusals. */
    @Transactional
    public boolean blocked(String subject) {
        try (Connection c = dataSource.getConnection()) {
            return blockedFor(c, subject).isPresent();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Before anything is looked up: when the resident has used up their refusals of the hour, records this attempt as
     * rate-limited and answers the seconds to wait; otherwise records nothing.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public OptionalLong limit(String subject, byte[] documentHash) {
        return record(subject, documentHash, false);
    }

    /**
     * Records a refusal and answers whether it is one too many: then it is recorded as rate-limited and the answer
     * holds the seconds to wait.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public OptionalLong refuse(String subject, byte[] documentHash) {
        return record(subject, documentHash, true);
    }

    private OptionalLong record(String subject, byte[] documentHash, boolean refused) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 12))")) {
                s.setString(1, subject);
                s.executeQuery().close();
            }
            OptionalLong blocked = blockedFor(c, subject);
            if (blocked.isEmpty() && !refused) {
                return blocked;
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO registration_refusals (id, subject, "
                    + "document_hash, outcome, refused_at) VALUES (?, ?, ?, ?, now())")) {
                s.setObject(1, UUID.randomUUID());
                s.setString(2, subject);
                s.setBytes(3, documentHash);
                s.setString(4, blocked.isPresent() ? "RATE_LIMITED" : "REFUSED");
                s.executeUpdate();
            }
            return blocked;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OptionalLong blockedFor(Connection c, String subject) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT count(*), ceil(extract(epoch FROM min(refused_at) "
                + "+ interval '1 hour' - now())) " + IN_THE_HOUR)) {
            s.setString(1, subject);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1) >= PER_HOUR ? OptionalLong.of(Math.max(1, r.getLong(2))) : OptionalLong.empty();
            }
        }
    }
}
