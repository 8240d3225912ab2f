package cn.tuoyu.families.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * An invitation a guardian passes to a second guardian: its code is the secret. Accepted once, and only before it
 * expires.
 */
@Entity
@Table(name = "guardian_invitations")
@NamedQuery(name = GuardianInvitation.DELETE_FOR_CHILD,
        query = "DELETE FROM GuardianInvitation i WHERE i.childId = :child")
public class GuardianInvitation {

    /** How long an invitation may be accepted. */
    public static final Duration VALIDITY = Duration.ofDays(7);
    /** Removes a child's invitations (parameter {@code child}), when the child is anonymised. */
    public static final String DELETE_FOR_CHILD = "GuardianInvitation.deleteForChild";

    @Id
    private UUID code;
    @Column(name = "child_id")
    private UUID childId;
    @Column(name = "issued_by")
    private String issuedBy;
    @Column(name = "issued_at")
    private Instant issuedAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "accepted_by")
    private String acceptedBy;
    @Column(name = "accepted_at")
    private Instant acceptedAt;

    protected GuardianInvitation() {
    }

    public GuardianInvitation(UUID childId, String issuedBy, Instant now) {
        this.code = UUID.randomUUID();
        this.childId = Objects.requireNonNull(childId);
        this.issuedBy = Objects.requireNonNull(issuedBy);
        this.issuedAt = now;
        this.expiresAt = now.plus(VALIDITY);
    }

    /** Accepted by the invited resident: once ({@link InvitationAlreadyUsedException}), before it expires. */
    public void acceptBy(String resident, Instant now) {
        if (acceptedBy != null) {
            throw new InvitationAlreadyUsedException();
        }
        if (!expiresAt.isAfter(now)) {
            throw new InvitationExpiredException();
        }
        acceptedBy = Objects.requireNonNull(resident);
        acceptedAt = now;
    }

    public UUID code() {
        return code;
    }

    public UUID childId() {
        return childId;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
