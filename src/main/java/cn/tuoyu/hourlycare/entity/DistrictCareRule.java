package cn.tuoyu.hourlycare.entity;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A district's rules for hourly-care sessions from a date on, kept as data: how time in care is rounded (per started
 * unit of minutes), how long before the start a booking may still be cancelled, whether a no-show uses the voucher or
 * entitlement unit up, whether a session may be paid with the hourly-care entitlement itself (no voucher), and how
 * long after closing an open session is closed and flagged.
 */
@Entity
@Table(name = "district_care_rules")
@IdClass(DistrictCareRule.Key.class)
@NamedQuery(name = DistrictCareRule.IN_FORCE, query = "SELECT r FROM DistrictCareRule r WHERE r.districtCode = "
        + ":district AND r.effectiveFrom <= :day ORDER BY r.effectiveFrom DESC")
public class DistrictCareRule {

    /** The district's rules in force on {@code day}, newest first (parameters {@code district}, {@code day}). */
    public static final String IN_FORCE = "DistrictCareRule.inForce";

    /** The primary key: district and the date the rule takes effect. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;
        private String districtCode;
        private LocalDate effectiveFrom;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(districtCode, k.districtCode)
                    && Objects.equals(effectiveFrom, k.effectiveFrom);
        }

        @Override
        public int hashCode() {
            return Objects.hash(districtCode, effectiveFrom);
        }
    }

    @Id
    @Column(name = "district_code")
    private String districtCode;
    @Id
    @Column(name = "effective_from")
    private LocalDate effectiveFrom;
    @Column(name = "rounding_minutes")
    private int roundingMinutes;
    @Column(name = "cancel_cutoff_minutes")
    private int cancelCutoffMinutes;
    @Column(name = "no_show_consumes")
    private boolean noShowConsumes;
    @Column(name = "entitlement_direct")
    private boolean entitlementDirect;
    @Column(name = "closing_grace_minutes")
    private int closingGraceMinutes;

    protected DistrictCareRule() {
    }

    public DistrictCareRule(String districtCode, LocalDate effectiveFrom, int roundingMinutes,
            int cancelCutoffMinutes, boolean noShowConsumes, boolean entitlementDirect, int closingGraceMinutes) {
        this.districtCode = districtCode;
        this.effectiveFrom = effectiveFrom;
        this.roundingMinutes = roundingMinutes;
        this.cancelCutoffMinutes = cancelCutoffMinutes;
        this.noShowConsumes = noShowConsumes;
        this.entitlementDirect = entitlementDirect;
        this.closingGraceMinutes = closingGraceMinutes;
    }

    public int roundingMinutes() {
        return roundingMinutes;
    }

    public Duration cancelCutoff() {
        return Duration.ofMinutes(cancelCutoffMinutes);
    }

    public boolean noShowConsumes() {
        return noShowConsumes;
    }

    public boolean entitlementDirect() {
        return entitlementDirect;
    }

    public Duration closingGrace() {
        return Duration.ofMinutes(closingGraceMinutes);
    }
}
