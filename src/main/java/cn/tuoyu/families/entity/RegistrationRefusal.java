package cn.tuoyu.families.entity;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A registration refused because another family holds the identity number, or refused without a look because the
 * resident had been refused too often: who, when, and the number's keyed hash (never the number). Append-only.
 */
@Entity
@Table(name = "registration_refusals")
@NamedQuery(name = RegistrationRefusal.SINCE, query = "SELECT r.refusedAt FROM RegistrationRefusal r "
        + "WHERE r.subject = :subject AND r.outcome = :refused AND r.refusedAt > :since ORDER BY r.refusedAt")
// decides the race between a resident's concurrent registrations: their refusals are counted one at a time
@NamedNativeQuery(name = RegistrationRefusal.LOCK_SUBJECT,
        query = "SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(?1, 12))) AS held")
public class RegistrationRefusal {

    /** When a resident was refused since an instant, oldest first (subject, refused, since). */
    public static final String SINCE = "RegistrationRefusal.since";
    /** Holds the resident's refusal count until the transaction ends (parameter 1: subject). */
    public static final String LOCK_SUBJECT = "RegistrationRefusal.lockSubject";

    /** What the attempt came to. */
    public enum Outcome {
        REFUSED, RATE_LIMITED
    }

    @Id
    private UUID id;
    private String subject;
    @Column(name = "document_hash")
    private byte[] documentHash;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    @Column(name = "refused_at")
    private Instant refusedAt;

    protected RegistrationRefusal() {
    }

    public RegistrationRefusal(String subject, byte[] documentHash, Outcome outcome, Instant at) {
        this.id = UUID.randomUUID();
        this.subject = subject;
        this.documentHash = documentHash;
        this.outcome = outcome;
        this.refusedAt = at;
    }
}
