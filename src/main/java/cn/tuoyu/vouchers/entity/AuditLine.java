package cn.tuoyu.vouchers.entity;

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
import jakarta.persistence.Table;

import cn.tuoyu.platform.persistence.NullableUuidConverter;

/**
 * A line of the vouchers' append-only trail: who claimed, redeemed, voided, expired or cancelled what, where and from
 * which device. Written once; the database refuses updates and deletes.
 */
@Entity
@Table(name = "voucher_audit")
public class AuditLine {

    public enum Action {
        BATCH_CREATED, BATCH_CHANGED, CLAIMED, REDEEMED, VOIDED, EXPIRED, CANCELLED
    }

    /** Who did it: the subject and the role they acted in, and for counter actions the device and address. */
    public record Actor(String subject, String role, String device, String clientIp) {

        public static final Actor SYSTEM = new Actor(null, "system", null, null);

        public static Actor resident(String subject) {
            return new Actor(subject, "resident", null, null);
        }

        public static Actor healthStaff(String subject) {
            return new Actor(subject, "health-commission", null, null);
        }

        public static Actor counter(String subject, String device, String clientIp) {
            return new Actor(subject, "facility", device, clientIp);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant at;
    @Enumerated(EnumType.STRING)
    private Action action;
    @Column(name = "batch_id")
    private UUID batchId;
    @Column(name = "voucher_id")
    @Convert(converter = NullableUuidConverter.class)
    private UUID voucherId;
    @Column(name = "facility_id")
    @Convert(converter = NullableUuidConverter.class)
    private UUID facilityId;
    @Column(name = "actor_subject")
    private String actorSubject;
    @Column(name = "actor_role")
    private String actorRole;
    private String device;
    @Column(name = "client_ip")
    private String clientIp;
    private String detail;

    protected AuditLine() {
    }

    public AuditLine(Instant at, Action action, UUID batchId, UUID voucherId, UUID facilityId, Actor actor,
            String detail) {
        this.at = at;
        this.action = action;
        this.batchId = batchId;
        this.voucherId = voucherId;
        this.facilityId = facilityId;
        this.actorSubject = actor.subject();
        this.actorRole = actor.role();
        this.device = actor.device();
        this.clientIp = actor.clientIp();
        this.detail = detail;
    }
}
