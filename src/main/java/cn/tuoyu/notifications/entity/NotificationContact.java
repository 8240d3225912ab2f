package cn.tuoyu.notifications.entity;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import cn.tuoyu.platform.persistence.InstantConverter;
import cn.tuoyu.platform.persistence.NullableUuidConverter;

/**
 * Where a person can be reached, as their verified token said when they last opened the app (mobile number and e-mail
 * are Keycloak's, never typed into this app), their language, and the facility or district their staff account is
 * bound to.
 */
@Entity
@Table(name = "notification_contact")
@NamedQuery(name = NotificationContact.OF_FACILITY, query = "SELECT c.subject FROM NotificationContact c "
        + "WHERE c.facilityId = :facility ORDER BY c.subject")
@NamedQuery(name = NotificationContact.BY_SUBJECTS,
        query = "SELECT c FROM NotificationContact c WHERE c.subject IN :subjects")
// decides between two sign-ins of one person at once: one row per person, the later replaces the earlier
@NamedNativeQuery(name = NotificationContact.UPSERT, query = "INSERT INTO notification_contact (subject, phone, email, "
        + "locale, facility_id, district, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (subject) "
        + "DO UPDATE SET phone = EXCLUDED.phone, email = EXCLUDED.email, locale = EXCLUDED.locale, "
        + "facility_id = EXCLUDED.facility_id, district = EXCLUDED.district, updated_at = EXCLUDED.updated_at")
public class NotificationContact {

    /** Subjects of the people bound to a facility (parameter {@code facility}). */
    public static final String OF_FACILITY = "NotificationContact.ofFacility";
    /** The contacts of these people (parameter {@code subjects}). */
    public static final String BY_SUBJECTS = "NotificationContact.bySubjects";
    /** Writes a person's contact, replacing the earlier (parameters in {@link #upsertParameters()}). */
    public static final String UPSERT = "NotificationContact.upsert";

    /** The language a person is written to when they never said. */
    public static final String DEFAULT_LOCALE = "zh-CN";

    @Id
    private String subject;
    private String phone;
    private String email;
    private String locale;
    @Column(name = "facility_id")
    @Convert(converter = NullableUuidConverter.class)
    private UUID facilityId;
    private String district;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected NotificationContact() {
    }

    public NotificationContact(String subject, String phone, String email, String locale, UUID facilityId,
            String district, Instant now) {
        this.subject = subject;
        this.phone = blankToNull(phone);
        this.email = blankToNull(email);
        this.locale = "en".equals(locale) ? "en" : DEFAULT_LOCALE;
        this.facilityId = facilityId;
        this.district = district;
        this.updatedAt = now;
    }

    /** The positional parameters of {@link #UPSERT}. */
    public Object[] upsertParameters() {
        return new Object[] {subject, phone, email, locale, facilityId, district, InstantConverter.column(updatedAt)};
    }

    /** The address of the channel, or null when the person has none for it. */
    public String address(ChannelKind channel) {
        return channel == ChannelKind.EMAIL ? email : phone;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String subject() {
        return subject;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public String locale() {
        return locale;
    }
}
