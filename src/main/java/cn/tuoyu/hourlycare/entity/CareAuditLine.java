package cn.tuoyu.hourlycare.entity;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import cn.tuoyu.platform.persistence.NullableUuidConverter;

/**
 * A line of hourly care's append-only trail (the database refuses updates and deletes): every schedule change,
 * booking, cancellation, check-in, check-out, refusal at pick-up, no-show and session closed by the timer; who did it
 * (a subject, never a child's data) and a short detail.
 */
@Entity
@Table(name = "hourly_care_audit")
@NamedQuery(name = CareAuditLine.OF_SESSION,
        query = "SELECT a FROM CareAuditLine a WHERE a.sessionId = :session ORDER BY a.id")
public class CareAuditLine {

    /** A session's trail in order (parameter {@code session}). */
    public static final String OF_SESSION = "CareAuditLine.ofSession";

    public enum Action {
        SCHEDULE_PUBLISHED, BOOKED, CANCELLED, CHECKED_IN, CHECKED_OUT, PICKUP_NAMED, PICKUP_REFUSED, NO_SHOW, CLOSED_UNCOLLECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant at;
    @Enumerated(EnumType.STRING)
    private Action action;
    @Column(name = "session_id")
    @Convert(converter = NullableUuidConverter.class)
    private UUID sessionId;
    @Column(name = "facility_id")
    @Convert(converter = NullableUuidConverter.class)
    private UUID facilityId;
    private String actor;
    private String detail;

    protected CareAuditLine() {
    }

    public CareAuditLine(Instant at, Action action, UUID sessionId, UUID facilityId, String actor, String detail) {
        this.at = at;
        this.action = action;
        this.sessionId = sessionId;
        this.facilityId = facilityId;
        this.actor = actor;
        this.detail = detail;
    }

    public Action action() {
        return action;
    }

    public Instant at() {
        return at;
    }

    public String detail() {
        return detail;
    }
}
