package cn.tuoyu.families.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.tuoyu.families.entity.Age;
import cn.tuoyu.families.entity.ChildRecord;
import cn.tuoyu.families.entity.IdentityDocument;
import cn.tuoyu.families.entity.Relation;
import cn.tuoyu.families.entity.Sex;
import cn.tuoyu.platform.persistence.Jdbc;
import cn.tuoyu.platform.persistence.TransactionDataSource;

/** Guardians register their children, see them, and invite a second guardian. */
@ApplicationScoped
@Transactional
public class ChildRegistry {

    static final Duration INVITATION_VALIDITY = Duration.ofDays(7);
    static final int OLDEST_MONTHS = 36;

    @Inject
    TransactionDataSource dataSource;

    @Inject
    Consents consents;

    @Inject
    IdentityProtection protection;

    /** What a guardian registers. */
    public record Registration(String name, Sex sex, LocalDate birthDate, IdentityDocument document,
            String districtCode, Relation relation) {
    }

    /** An invitation for a second guardian: the code is the secret the inviting guardian passes on. */
    public record Invitation(UUID code, UUID childId, Instant expiresAt) {
    }

    /**
     * Registers the child with the caller as its first guardian. A retry by the same guardian returns the child
     * already registered; anyone else registering the same identity number gets 409 and learns nothing more.
     */
    public ChildRecord register(String guardian, Registration registration) {
        consents.requireCurrent(guardian);
        LocalDate today = Age.today(Clock.systemUTC());
        if (registration.birthDate().isAfter(today)) {
            throw new BirthDateInFutureException();
        }
        if (Age.inMonths(registration.birthDate(), today) > OLDEST_MONTHS) {
            throw new ChildTooOldException();
        }
        if (registration.document().birthDate().filter(d -> !d.equals(registration.birthDate())).isPresent()) {
            throw new BirthDateMismatchException();
        }
        IdentityCipher cipher = protection.cipher();
        byte[] hash = cipher.lookupHash(registration.document());
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection()) {
            if (!exists(c, "SELECT 1 FROM districts WHERE code = ?", registration.districtCode())) {
                throw new UnknownDistrictException();
            }
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM children WHERE document_hash = ?")) {
                s.setBytes(1, hash);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        UUID existing = r.getObject(1, UUID.class);
                        if (exists(c, "SELECT 1 FROM guardianships WHERE child_id = ? AND subject = ?", existing,
                                guardian)) {
                            return guarded(c, guardian, existing);
                        }
                        throw new ChildAlreadyRegisteredException();
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO children (id, name, sex, birth_date, "
                    + "document_kind, document_cipher, document_hash, document_masked, district_code, registered_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setObject(1, id);
                s.setString(2, registration.name());
                s.setString(3, registration.sex().name());
                s.setObject(4, registration.birthDate());
                s.setString(5, registration.document().kind().name());
                s.setBytes(6, cipher.encrypt(registration.document()));
                s.setBytes(7, hash);
                s.setString(8, registration.document().masked());
                s.setString(9, registration.districtCode());
                s.setTimestamp(10, Timestamp.from(now));
                s.executeUpdate();
            } catch (SQLException e) {
                if (Jdbc.uniqueViolation(e)) {
                    throw new ChildAlreadyRegisteredException();
                }
                throw e;
            }
            addGuardian(c, id, guardian, registration.relation(), now);
            return ChildRows.one(c, "WHERE c.id = ?", s -> s.setObject(1, id)).orElseThrow();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<ChildRecord> childrenOf(String guardian) {
        consents.requireCurrent(guardian);
        try (Connection c = dataSource.getConnection()) {
            return ChildRows.query(c, "JOIN guardianships g ON g.child_id = c.id WHERE g.subject = ? "
                    + "AND c.anonymised_at IS NULL ORDER BY c.birth_date, c.id", s -> s.setString(1, guardian));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The child, if the caller guards it; any other id is simply not found. */
    public ChildRecord childOf(String guardian, UUID childId) {
        consents.requireCurrent(guardian);
        try (Connection c = dataSource.getConnection()) {
            return guarded(c, guardian, childId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Invitation invite(String guardian, UUID childId) {
        consents.requireCurrent(guardian);
        Instant now = Instant.now();
        Invitation invitation = new Invitation(UUID.randomUUID(), childId, now.plus(INVITATION_VALIDITY));
        try (Connection c = dataSource.getConnection()) {
            guarded(c, guardian, childId);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO guardian_invitations "
                    + "(code, child_id, issued_by, issued_at, expires_at) VALUES (?, ?, ?, ?, ?)")) {
                s.setObject(1, invitation.code());
                s.setObject(2, childId);
                s.setString(3, guardian);
                s.setTimestamp(4, Timestamp.from(now));
                s.setTimestamp(5, Timestamp.from(invitation.expiresAt()));
                s.executeUpdate();
            }
            return invitation;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The invited resident becomes a guardian; an invitation is accepted once, and only before it expires. */
    public ChildRecord accept(String resident, UUID code, Relation relation) {
        consents.requireCurrent(resident);
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection()) {
            UUID childId;
            try (PreparedStatement s = c.prepareStatement("SELECT child_id, expires_at, accepted_by "
                    + "FROM guardian_invitations WHERE code = ?")) {
                s.setObject(1, code);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw new InvitationNotFoundException();
                    }
                    childId = r.getObject(1, UUID.class);
                    if (r.getString(3) != null) {
                        throw new InvitationAlreadyUsedException();
                    }
                    if (!r.getTimestamp(2).toInstant().isAfter(now)) {
                        throw new InvitationExpiredException();
                    }
                }
            }
            if (exists(c, "SELECT 1 FROM guardianships WHERE child_id = ? AND subject = ?", childId, resident)) {
                throw new AlreadyGuardianException();
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE guardian_invitations SET accepted_by = ?, "
                    + "accepted_at = ? WHERE code = ? AND accepted_by IS NULL AND expires_at > ?")) {
                s.setString(1, resident);
                s.setTimestamp(2, Timestamp.from(now));
                s.setObject(3, code);
                s.setTimestamp(4, Timestamp.from(now));
                if (s.executeUpdate() != 1) {
                    throw new InvitationAlreadyUsedException();
                }
            }
            addGuardian(c, childId, resident, relation, now);
            return guarded(c, resident, childId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ChildRecord guarded(Connection c, String guardian, UUID childId) throws SQLException {
        return ChildRows.one(c, "JOIN guardianships g ON g.child_id = c.id WHERE c.id = ? AND g.subject = ? "
                + "AND c.anonymised_at IS NULL", s -> {
                    s.setObject(1, childId);
                    s.setString(2, guardian);
                }).orElseThrow(ChildNotFoundException::new);
    }

    private static void addGuardian(Connection c, UUID child, String subject, Relation relation, Instant now)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO guardianships (child_id, subject, relation, since) "
                + "VALUES (?, ?, ?, ?)")) {
            s.setObject(1, child);
            s.setString(2, subject);
            s.setString(3, relation.name());
            s.setTimestamp(4, Timestamp.from(now));
            s.executeUpdate();
        }
    }

    private static boolean exists(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }
}
