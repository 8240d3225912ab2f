package cn.tuoyu.vouchers.entity;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import cn.tuoyu.platform.persistence.InstantConverter;

/**
 * A resident asked to be told when a voucher batch of a district opens for claims: one row per person and district,
 * written by {@link #INSERT_ONCE} so that two taps at once keep one.
 */
@Entity
@Table(name = "voucher_batch_watches")
@NamedQuery(name = BatchWatch.DISTRICTS_OF, query = "SELECT w.districtCode FROM BatchWatch w "
        + "WHERE w.subject = :subject ORDER BY w.districtCode")
@NamedQuery(name = BatchWatch.WATCHERS_OF, query = "SELECT w.subject FROM BatchWatch w "
        + "WHERE w.districtCode = :district ORDER BY w.subject")
@NamedQuery(name = BatchWatch.DELETE_OF, query = "DELETE FROM BatchWatch w WHERE w.subject = :subject")
// decides between two requests of one person at once: the second inserts nothing
@NamedNativeQuery(name = BatchWatch.INSERT_ONCE, query = "INSERT INTO voucher_batch_watches (id, subject, "
        + "district_code, created_at) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (subject, district_code) DO NOTHING")
public class BatchWatch {

    /** The districts a person watches (parameter {@code subject}). */
    public static final String DISTRICTS_OF = "BatchWatch.districtsOf";
    /** Who watches a district (parameter {@code district}). */
    public static final String WATCHERS_OF = "BatchWatch.watchersOf";
    /** Forgets every district a person watches (parameter {@code subject}). */
    public static final String DELETE_OF = "BatchWatch.deleteOf";
    /** Watches a district unless already watched (1: id, 2: subject, 3: district, 4: now). */
    public static final String INSERT_ONCE = "BatchWatch.insertOnce";

    @Id
    private UUID id;
    private String subject;
    @Column(name = "district_code")
    private String districtCode;
    @Column(name = "created_at")
    private Instant createdAt;

    protected BatchWatch() {
    }

    /** The parameters of {@link #INSERT_ONCE} for this person and district. */
    public static Object[] insertParameters(String subject, String district, Instant now) {
        return new Object[] {UUID.randomUUID(), subject, district, InstantConverter.column(now)};
    }
}
