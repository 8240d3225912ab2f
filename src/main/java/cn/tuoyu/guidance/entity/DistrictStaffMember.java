package cn.tuoyu.guidance.entity;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import cn.tuoyu.platform.persistence.InstantConverter;

/**
 * A health staff member of a district, as their own token last described them (Keycloak subject, name, district
 * claim): whom a coordinator may assign a visit to. Written by {@link #SEEN}, where PostgreSQL decides that the first
 * requests of a member racing each other leave one row.
 */
@Entity
@Table(name = "district_staff")
@NamedQuery(name = DistrictStaffMember.OF_DISTRICT, query = "SELECT m FROM DistrictStaffMember m "
        + "WHERE m.districtCode = :district ORDER BY m.displayName, m.subject")
// decides the race between a member's first requests (two tabs, two instances): one row per subject, the last wins
@NamedNativeQuery(name = DistrictStaffMember.SEEN, query = "INSERT INTO district_staff (subject, district_code, "
        + "display_name, first_seen_at, last_seen_at) VALUES (?1, ?2, ?3, ?4, ?4) ON CONFLICT (subject) DO UPDATE "
        + "SET district_code = EXCLUDED.district_code, display_name = EXCLUDED.display_name, "
        + "last_seen_at = EXCLUDED.last_seen_at")
public class DistrictStaffMember {

    /** The staff of a district, by name (parameter {@code district}). */
    public static final String OF_DISTRICT = "DistrictStaffMember.ofDistrict";
    /** Writes, moves or renames a member (1: subject, 2: district, 3: display name, 4: now). */
    public static final String SEEN = "DistrictStaffMember.seen";

    /** The longest name kept. */
    public static final int NAME_MAX = 200;

    @Id
    private String subject;
    @Column(name = "district_code")
    private String districtCode;
    @Column(name = "display_name")
    private String displayName;
    @Column(name = "first_seen_at")
    private Instant firstSeenAt;
    @Column(name = "last_seen_at")
    private Instant lastSeenAt;

    protected DistrictStaffMember() {
    }

    /** The member as a token describes them at {@code now}; a blank name shows as the subject. */
    public DistrictStaffMember(String subject, String name, String districtCode, Instant now) {
        this.subject = Objects.requireNonNull(subject);
        this.districtCode = Objects.requireNonNull(districtCode);
        this.displayName = displayName(subject, name);
        this.firstSeenAt = now;
        this.lastSeenAt = now;
    }

    /** The name shown for a member: the token's name, trimmed and at most {@link #NAME_MAX} long, or the subject. */
    static String displayName(String subject, String name) {
        String shown = name == null || name.isBlank() ? subject : name.strip();
        return shown.length() > NAME_MAX ? shown.substring(0, NAME_MAX) : shown;
    }

    /** The parameters of {@link #SEEN}, in order. */
    public Object[] seenParameters() {
        return new Object[] {subject, districtCode, displayName, InstantConverter.column(lastSeenAt)};
    }

    /** Whether a visit of this district may be assigned to them. */
    public boolean worksIn(String district) {
        return districtCode.equals(district);
    }

    public String subject() {
        return subject;
    }

    public String districtCode() {
        return districtCode;
    }

    public String name() {
        return displayName;
    }
}
