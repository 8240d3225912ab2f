package cn.tuoyu.families.entity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A guardian's separate consent to a version of the children's-data notice, until withdrawn (PIPL art. 29, 31). The
 * database keeps at most one standing consent per resident.
 */
@Entity
@Table(name = "children_data_consents")
@NamedQuery(name = ChildrenDataConsent.STANDING,
        query = "SELECT k FROM ChildrenDataConsent k WHERE k.subject = :subject AND k.withdrawnAt IS NULL")
@NamedQuery(name = ChildrenDataConsent.STANDING_VERSION, query = "SELECT k.noticeVersion, k.givenAt "
        + "FROM ChildrenDataConsent k WHERE k.subject = :subject AND k.withdrawnAt IS NULL")
@NamedQuery(name = ChildrenDataConsent.STANDING_FOR, query = "SELECT k.subject FROM ChildrenDataConsent k "
        + "WHERE k.subject IN :subjects AND k.withdrawnAt IS NULL AND k.noticeVersion = :version")
public class ChildrenDataConsent {

    /** A resident's standing consent, if any (parameter {@code subject}). */
    public static final String STANDING = "ChildrenDataConsent.standing";
    /** Notice version and time of a resident's standing consent, read only (parameter {@code subject}). */
    public static final String STANDING_VERSION = "ChildrenDataConsent.standingVersion";
    /** Which of these residents' consent to a notice version stands (parameters {@code subjects}, {@code version}). */
    public static final String STANDING_FOR = "ChildrenDataConsent.standingFor";

    @Id
    private UUID id;
    private String subject;
    @Column(name = "notice_version")
    private String noticeVersion;
    @Column(name = "given_at")
    private Instant givenAt;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected ChildrenDataConsent() {
    }

    public ChildrenDataConsent(String subject, String noticeVersion, Instant now) {
        this.id = UUID.randomUUID();
        this.subject = Objects.requireNonNull(subject);
        this.noticeVersion = Objects.requireNonNull(noticeVersion);
        this.givenAt = now;
    }

    public void withdrawAt(Instant now) {
        if (withdrawnAt == null) {
            withdrawnAt = now;
        }
    }

    public String noticeVersion() {
        return noticeVersion;
    }

    public Instant givenAt() {
        return givenAt;
    }
}
