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
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.tuoyu.districts.control.Districts;
import cn.tuoyu.families.entity.Age;
import cn.tuoyu.families.entity.ChildRecord;
import cn.tuoyu.families.entity.DocumentKind;
import cn.tuoyu.families.entity.IdentityDocument;
import cn.tuoyu.families.entity.Relation;
import cn.tuoyu.families.entity.Sex;
import cn.tuoyu.platform.persistence.Jdbc;
import cn.tuoyu.platform.persistence.TransactionDataSource;
import cn.tuoyu.platform.time.ChinaTime;

/** Guardians register their children, see, correct and remove them, and invite a second guardian. */
@ApplicationScoped
@Transactional
public class ChildRegistry {

    static final Duration INVITATION_VALIDITY = Duration.ofDays(7);
    static final int OLDEST_MONTHS = 36;

    @Inject
    Clock clock;

    @Inject
    Districts districts;

    @Inject
    TransactionDataSource dataSource;

    @Inject
    Consents consents;

    @Inject
    IdentityProtection protection;

    @Inject
    RegistrationRefusals refusals;

    @Inject
    Event<ChildrenErased> erasures;

    /** What a guardian registers. */
    public record Registration(String name, Sex sex, LocalDate birthDate, IdentityDocument document,
            String districtCode, Relation relation) {
    }

    /** An invitation for a second guardian: the code is the secret the inviting guardian passes on. */
    public record Invitation(UUID code, UUID childId, Instant expiresAt) {
    }

    /**
     * Registers the child with the caller as its first guardian. A retry by the same guardian returns the child
     * already registered; anyone else registering the same identity number gets 409 and learns nothing more (the same
     * answer a second guardian gets, who needs an invitation). Each such refusal is audited, and a resident refused
     * too often within the hour may not register at all for a while (429, whatever the number).
     */
    public ChildRecord register(String guardian, Registration registration) {
        consents.requireCurrent(guardian);
        checkFacts(registration.sex(), registration.birthDate(), registration.document());
        IdentityCipher cipher = protection.cipher();
        byte[] hash = cipher.lookupHash(registration.document());
        if (refusals.blocked(guardian)) {
            OptionalLong limited = refusals.limit(guardian, hash);
            if (limited.isPresent()) {
                throw new TooManyRegistrationRefusalsException(limited.getAsLong());
            }
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection()) {
            districts.requireServed(registration.districtCode());
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM children WHERE document_hash = ?")) {
                s.setBytes(1, hash);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        UUID existing = r.getObject(1, UUID.class);
                        if (exists(c, "SELECT 1 FROM guardianships WHERE child_id = ? AND subject = ?", existing,
                                guardian)) {
                            return guarded(c, guardian, existing);
                        }
                        throw refused(guardian, hash);
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
                    throw refused(guardian, hash);
                }
                throw e;
            }
            addGuardian(c, id, guardian, registration.relation(), now);
            return ChildRows.one(c, "WHERE c.id = ?", s -> s.setObject(1, id)).orElseThrow();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a guardian may correct: the identity number stays as registered. */
    public record Correction(String name, Sex sex, LocalDate birthDate) {
    }

    /**
     * A guardian corrects the child's name, sex or birth date; the same rules as at registration apply, checked
     * against the identity number as registered (decrypted only for the check). Other ids: 404.
     */
    public ChildRecord correct(String guardian, UUID childId, Correction correction) {
        consents.requireCurrent(guardian);
        try (Connection c = dataSource.getConnection()) {
            guarded(c, guardian, childId);
            checkFacts(correction.sex(), correction.birthDate(), registeredDocument(c, childId));
            try (PreparedStatement s = c.prepareStatement("UPDATE children SET name = ?, sex = ?, birth_date = ? "
                    + "WHERE id = ? AND anonymised_at IS NULL")) {
                s.setString(1, correction.name());
                s.setString(2, correction.sex().name());
                s.setObject(3, correction.birthDate());
                s.setObject(4, childId);
                s.executeUpdate();
            }
            return guarded(c, guardian, childId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A guardian removes a child: as on withdrawal of consent, the other features first close what is open for it
     * ({@link ChildrenErased}), then the child is anonymised irreversibly, for every guardian, in this one
     * transaction. Other ids: 404.
     */
    public void remove(String guardian, UUID childId) {
        consents.requireCurrent(guardian);
        try (Connection c = dataSource.getConnection()) {
            guarded(c, guardian, childId);
            erasures.fire(new ChildrenErased(guardian, Set.of(childId), ChildrenErased.CHILD_REMOVED));
            Consents.anonymise(c, childId, clock.instant());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Birth date not in the future, 0–36 months, and what a resident ID encodes (birth date, sex) agrees. */
    private void checkFacts(Sex sex, LocalDate birthDate, IdentityDocument document) {
        LocalDate today = ChinaTime.today(clock);
        if (birthDate.isAfter(today)) {
            throw new BirthDateInFutureException();
        }
        if (Age.inMonths(birthDate, today) > OLDEST_MONTHS) {
            throw new ChildTooOldException();
        }
        if (document.birthDate().filter(d -> !d.equals(birthDate)).isPresent()) {
            throw new BirthDateMismatchException();
        }
        if (document.sex().filter(s -> s != sex).isPresent()) {
            throw new SexMismatchException();
        }
    }

    private IdentityDocument registeredDocument(Connection c, UUID childId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT document_kind, document_cipher FROM children "
                + "WHERE id = ?")) {
            s.setObject(1, childId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return protection.cipher().decrypt(DocumentKind.valueOf(r.getString(1)), r.getBytes(2));
            }
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
        Instant now = clock.instant();
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
        Instant now = clock.instant();
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

    /**
     * Audits the refusal (in a transaction of its own, with the number's keyed hash) and picks the answer: 409, or 429
     * once too many.
     */
    private RuntimeException refused(String guardian, byte[] hash) {
        OptionalLong blocked = refusals.refuse(guardian, hash);
        return blocked.isPresent() ? new TooManyRegistrationRefusalsException(blocked.getAsLong())
                : new ChildAlreadyRegisteredException();
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
