package cn.tuoyu.hourlycare.entity;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import cn.tuoyu.vouchers.entity.ManualCode;
import cn.tuoyu.vouchers.entity.RotatingCode;

/**
 * One guardian's pass for one session: the rotating QR code (the same kind as a voucher's, keyed by the pass's own
 * secret) and a manual code, shown at drop-off and at pick-up. The code names the pass, so the counter learns which
 * guardian brought or took the child; a screenshot passed on stops working within about a minute.
 */
@Entity
@Table(name = "hourly_care_passes")
@NamedQuery(name = GuardianPass.OF_SESSION_AND_GUARDIAN, query = "SELECT p FROM GuardianPass p WHERE p.sessionId = "
        + ":session AND p.guardianSubject = :guardian")
@NamedQuery(name = GuardianPass.BY_MANUAL_CODE, query = "SELECT p FROM GuardianPass p WHERE p.manualCode = :code")
public class GuardianPass {

    /** The guardian's pass for the session (parameters {@code session}, {@code guardian}). */
    public static final String OF_SESSION_AND_GUARDIAN = "GuardianPass.ofSessionAndGuardian";
    /** The pass with a manual code (parameter {@code code}: 13 digits). */
    public static final String BY_MANUAL_CODE = "GuardianPass.byManualCode";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private UUID id;
    @Column(name = "session_id")
    private UUID sessionId;
    @Column(name = "guardian_subject")
    private String guardianSubject;
    private byte[] secret;
    @Column(name = "manual_code")
    private String manualCode;

    protected GuardianPass() {
    }

    public GuardianPass(UUID sessionId, String guardianSubject) {
        this.id = UUID.randomUUID();
        this.sessionId = sessionId;
        this.guardianSubject = guardianSubject;
        this.secret = new byte[32];
        RANDOM.nextBytes(secret);
        this.manualCode = ManualCode.random().digits();
    }

    public RotatingCode codeAt(Instant now) {
        return RotatingCode.issue(id, secret, now);
    }

    public boolean authenticates(RotatingCode code) {
        return code.voucherId().equals(id) && code.isAuthentic(secret);
    }

    public UUID id() {
        return id;
    }

    public UUID sessionId() {
        return sessionId;
    }

    public String guardianSubject() {
        return guardianSubject;
    }

    public ManualCode manualCode() {
        return new ManualCode(manualCode);
    }
}
