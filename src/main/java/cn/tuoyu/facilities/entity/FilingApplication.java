package cn.tuoyu.facilities.entity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An application for filing, change of record or deregistration. Materials are added while it is a DRAFT; once
 * submitted it waits for review and is decided exactly once (the database keeps one decision per application and
 * one open application per facility).
 */
@Entity
@Table(name = "facility_applications")
public class FilingApplication {

    @Id
    private UUID id;
    @Column(name = "facility_id")
    private UUID facilityId;
    @Enumerated(EnumType.STRING)
    private ApplicationKind kind;
    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;
    /** The proposed record of a change application, as JSON. */
    private String proposed;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "decided_at")
    private Instant decidedAt;
    private String reasons;
    @Version
    private long version;

    protected FilingApplication() {
    }

    public FilingApplication(UUID id, UUID facilityId, ApplicationKind kind, String proposed, Instant now) {
        if ((kind == ApplicationKind.CHANGE) != (proposed != null)) {
            throw new IllegalArgumentException("a change application, and only it, carries a proposal");
        }
        this.id = Objects.requireNonNull(id);
        this.facilityId = Objects.requireNonNull(facilityId);
        this.kind = Objects.requireNonNull(kind);
        this.proposed = proposed;
        this.status = ApplicationStatus.DRAFT;
        this.createdAt = now;
    }

    public void checkEditable() {
        if (!status.actions().contains(ApplicationAction.UPLOAD)) {
            throw new ApplicationStateException(status, "changed");
        }
    }

    public void submit(Instant now) {
        if (!status.actions().contains(ApplicationAction.SUBMIT)) {
            throw new ApplicationStateException(status, "submitted");
        }
        status = ApplicationStatus.PENDING;
        submittedAt = now;
    }

    public void approve(Instant now) {
        decide(ApplicationStatus.APPROVED, null, now);
    }

    public void refuse(String why, Instant now) {
        if (why == null || why.isBlank()) {
            throw new IllegalArgumentException("a refusal has reasons");
        }
        decide(ApplicationStatus.REFUSED, why, now);
    }

    private void decide(ApplicationStatus outcome, String why, Instant now) {
        if (!status.actions().contains(ApplicationAction.DECIDE)) {
            throw new ApplicationStateException(status, "decided");
        }
        status = outcome;
        reasons = why;
        decidedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID facilityId() {
        return facilityId;
    }

    public ApplicationKind kind() {
        return kind;
    }

    public ApplicationStatus status() {
        return status;
    }

    public String proposed() {
        return proposed;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String reasons() {
        return reasons;
    }
}
