package cn.tuoyu.families.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.tuoyu.families.entity.Masking;
import cn.tuoyu.platform.persistence.TransactionDataSource;

/**
 * Guardians' separate consent to the children's-data notice (PIPL art. 29, 31), and its withdrawal, which stops
 * processing and erases the children no consenting guardian is left for.
 */
@ApplicationScoped
@Transactional
public class Consents {

    /** The version of the children's-data notice a guardian must consent to now. */
    public static final String CURRENT_NOTICE_VERSION = "2026-11-v1";

    @Inject
    Clock clock;

    @Inject
    TransactionDataSource dataSource;

    @Inject
    Event<ChildrenErased> withdrawals;

    /** A guardian's consent as recorded. */
    public record Consent(String noticeVersion, Instant givenAt) {
        public boolean current() {
            return CURRENT_NOTICE_VERSION.equals(noticeVersion);
        }
    }

    public Optional<Consent> of(String subject) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT notice_version, given_at FROM children_data_consents "
                        + "WHERE subject = ? AND withdrawn_at IS NULL")) {
            s.setString(1, subject);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new Consent(r.getString(1), r.getTimestamp(2).toInstant()))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Throws unless the guardian's consent to the current notice stands. */
    public void requireCurrent(String subject) {
        if (of(subject).filter(Consent::current).isEmpty()) {
            throw new ChildrenDataConsentRequiredException();
        }
    }

    /** Records consent to the current notice; giving it again changes nothing. */
    public Consent give(String subject, String noticeVersion) {
        if (!CURRENT_NOTICE_VERSION.equals(noticeVersion)) {
            throw new OutdatedNoticeException();
        }
        Optional<Consent> existing = of(subject);
        if (existing.filter(Consent::current).isPresent()) {
            return existing.get();
        }
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("UPDATE children_data_consents SET withdrawn_at = ? "
                    + "WHERE subject = ? AND withdrawn_at IS NULL")) {
                s.setTimestamp(1, Timestamp.from(now));
                s.setString(2, subject);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO children_data_consents "
                    + "(id, subject, notice_version, given_at) VALUES (?, ?, ?, ?)")) {
                s.setObject(1, UUID.randomUUID());
                s.setString(2, subject);
                s.setString(3, noticeVersion);
                s.setTimestamp(4, Timestamp.from(now));
                s.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Consent(noticeVersion, now);
    }

    /** A child of the guardian as withdrawal would treat it: erased, or kept for another consenting guardian. */
    public record ChildOnWithdrawal(UUID childId, String maskedName, boolean erased) {
    }

    /**
     * What withdrawing would do now: each child the guardian guards, masked, and whether it would be erased (no
     * other guardian whose consent stands). Needs current consent, like every other read of children's data.
     */
    public List<ChildOnWithdrawal> withdrawalPreview(String subject) {
        requireCurrent(subject);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("SELECT c.id, c.name, "
                + "NOT EXISTS (SELECT 1 FROM guardianships o JOIN children_data_consents k ON k.subject = o.subject "
                + "AND k.withdrawn_at IS NULL AND k.notice_version = ? WHERE o.child_id = c.id AND o.subject <> ?) "
                + "FROM children c JOIN guardianships g ON g.child_id = c.id AND g.subject = ? "
                + "WHERE c.anonymised_at IS NULL ORDER BY c.birth_date, c.id")) {
            s.setString(1, CURRENT_NOTICE_VERSION);
            s.setString(2, subject);
            s.setString(3, subject);
            List<ChildOnWithdrawal> children = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    children.add(new ChildOnWithdrawal(r.getObject(1, UUID.class), Masking.name(r.getString(2)),
                            r.getBoolean(3)));
                }
            }
            return children;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Withdraws consent: the guardian no longer guards any child here, and every child left without a guardian
     * whose consent stands is anonymised at once (personal fields and identity number erased irreversibly), after
     * {@link ChildrenErased} has let the other features close what was open for it — all in this one transaction.
     * Withdrawing again changes nothing.
     */
    public void withdraw(String subject) {
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("UPDATE children_data_consents SET withdrawn_at = ? "
                    + "WHERE subject = ? AND withdrawn_at IS NULL")) {
                s.setTimestamp(1, Timestamp.from(now));
                s.setString(2, subject);
                s.executeUpdate();
            }
            List<UUID> children = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "DELETE FROM guardianships WHERE subject = ? RETURNING child_id")) {
                s.setString(1, subject);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        children.add(r.getObject(1, UUID.class));
                    }
                }
            }
            Set<UUID> erased = new LinkedHashSet<>();
            for (UUID child : children) {
                if (!consentingGuardianLeft(c, child)) {
                    erased.add(child);
                }
            }
            withdrawals.fire(new ChildrenErased(subject, erased, ChildrenErased.CONSENT_WITHDRAWN));
            for (UUID child : erased) {
                anonymise(c, child, now);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean consentingGuardianLeft(Connection c, UUID child) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM guardianships g JOIN children_data_consents k "
                + "ON k.subject = g.subject AND k.withdrawn_at IS NULL AND k.notice_version = ? "
                + "WHERE g.child_id = ?")) {
            s.setString(1, CURRENT_NOTICE_VERSION);
            s.setObject(2, child);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    static void anonymise(Connection c, UUID child, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM guardianships WHERE child_id = ?")) {
            s.setObject(1, child);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM guardian_invitations WHERE child_id = ?")) {
            s.setObject(1, child);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE children SET name = NULL, sex = NULL, birth_date = NULL, "
                + "document_kind = NULL, document_cipher = NULL, document_hash = NULL, document_masked = NULL, "
                + "anonymised_at = ? WHERE id = ? AND anonymised_at IS NULL")) {
            s.setTimestamp(1, Timestamp.from(now));
            s.setObject(2, child);
            s.executeUpdate();
        }
    }
}
