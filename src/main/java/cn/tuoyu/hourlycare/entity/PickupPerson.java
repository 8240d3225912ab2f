package cn.tuoyu.hourlycare.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import cn.tuoyu.families.entity.Masking;
import cn.tuoyu.vouchers.entity.ManualCode;

/**
 * A person a guardian named in advance to pick the child up from one session (授权接送人): name, relation and mobile
 * number, and a one-time pick-up code of which only the SHA-256 hash is kept. The code works once.
 */
@Entity
@Table(name = "hourly_care_pickups")
@NamedQuery(name = PickupPerson.BY_CODE_HASH, query = "SELECT p FROM PickupPerson p WHERE p.codeHash = :hash")
@NamedQuery(name = PickupPerson.OF_SESSION,
        query = "SELECT p FROM PickupPerson p WHERE p.sessionId = :session ORDER BY p.namedAt")
public class PickupPerson {

    /** The person a pick-up code was given to (parameter {@code hash}: {@link #hash} of the code). */
    public static final String BY_CODE_HASH = "PickupPerson.byCodeHash";
    /** The people named for a session (parameter {@code session}). */
    public static final String OF_SESSION = "PickupPerson.ofSession";

    @Id
    private UUID id;
    @Column(name = "session_id")
    private UUID sessionId;
    private String name;
    private String relation;
    private String phone;
    @Column(name = "code_hash")
    private byte[] codeHash;
    @Column(name = "named_by")
    private String namedBy;
    @Column(name = "named_at")
    private Instant namedAt;
    @Column(name = "used_at")
    private Instant usedAt;

    protected PickupPerson() {
    }

    /** Names the person; {@code code} is the one-time code given to them, kept only as its hash. */
    public PickupPerson(UUID sessionId, String name, String relation, String phone, ManualCode code, String guardian,
            Instant now) {
        this.id = UUID.randomUUID();
        this.sessionId = sessionId;
        this.name = name;
        this.relation = relation;
        this.phone = phone;
        this.codeHash = hash(code);
        this.namedBy = guardian;
        this.namedAt = now;
    }

    public static byte[] hash(ManualCode code) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(code.digits().getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The code is spent: 409 when it was used before. */
    public void useAt(Instant now) {
        if (usedAt != null) {
            throw new PickupCodeUsedException();
        }
        usedAt = now;
    }

    /** As staff and the record of the pick-up name them: masked name and relation. */
    public String label() {
        return Masking.name(name) + " (" + relation + ")";
    }

    public String maskedPhone() {
        return phone.substring(0, 3) + "****" + phone.substring(7);
    }

    public UUID id() {
        return id;
    }

    /** The number the one-time code is sent to. */
    public String phone() {
        return phone;
    }

    public UUID sessionId() {
        return sessionId;
    }

    public String name() {
        return name;
    }

    public String relation() {
        return relation;
    }

    public boolean used() {
        return usedAt != null;
    }
}
