package cn.tuoyu.facilities.entity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.tuoyu.platform.persistence.NullableUuidConverter;

/** One review decision, kept forever (the table is append-only): who, when, why, and the standing it left. */
@Entity
@Table(name = "facility_decisions")
public class Decision {

    @Id
    private UUID id;
    @Column(name = "facility_id")
    private UUID facilityId;
    @Column(name = "application_id")
    @Convert(converter = NullableUuidConverter.class)
    private UUID applicationId;
    @Enumerated(EnumType.STRING)
    private DecisionAction action;
    @Enumerated(EnumType.STRING)
    @Column(name = "standing_after")
    private Standing standingAfter;
    @Column(name = "district_code")
    private String districtCode;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_by_name")
    private String decidedByName;
    @Column(name = "decided_at")
    private Instant decidedAt;
    private String reasons;
    @Column(name = "filing_number")
    private String filingNumber;
    @Enumerated(EnumType.STRING)
    @Column(name = "hygiene_evaluation")
    private HygieneEvaluation hygieneEvaluation;

    protected Decision() {
    }

    public Decision(Facility facility, UUID applicationId, DecisionAction action, String decidedBy,
            String decidedByName, String reasons, Instant now) {
        this(facility, applicationId, action, decidedBy, decidedByName, reasons, null, now);
    }

    /** A decision on a filing, with the hygiene evaluation's conclusion as the reviewer read it (may be unknown). */
    public Decision(Facility facility, UUID applicationId, DecisionAction action, String decidedBy,
            String decidedByName, String reasons, HygieneEvaluation hygieneEvaluation, Instant now) {
        this.id = UUID.randomUUID();
        this.facilityId = facility.id();
        this.applicationId = applicationId;
        this.action = Objects.requireNonNull(action);
        this.standingAfter = facility.standing();
        this.districtCode = facility.districtCode();
        this.decidedBy = Objects.requireNonNull(decidedBy);
        this.decidedByName = decidedByName;
        this.reasons = reasons == null || reasons.isBlank() ? null : reasons.strip();
        this.filingNumber = action == DecisionAction.FILE ? facility.filingNumber() : null;
        this.hygieneEvaluation = hygieneEvaluation;
        this.decidedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID facilityId() {
        return facilityId;
    }

    public UUID applicationId() {
        return applicationId;
    }

    public DecisionAction action() {
        return action;
    }

    public Standing standingAfter() {
        return standingAfter;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String decidedByName() {
        return decidedByName;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String reasons() {
        return reasons;
    }

    public String filingNumber() {
        return filingNumber;
    }

    public HygieneEvaluation hygieneEvaluation() {
        return hygieneEvaluation;
    }
}
