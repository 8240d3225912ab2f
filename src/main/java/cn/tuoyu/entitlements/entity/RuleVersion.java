package cn.tuoyu.entitlements.entity;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * A district's rule set from its effective date until the next version takes over. Versions are never changed once
 * published; what was consumed under an older version stays as it was recorded. Age bands of one service kind do
 * not overlap.
 */
@Entity
@Table(name = "entitlement_rule_versions")
@IdClass(RuleVersion.Key.class)
@NamedQuery(name = RuleVersion.OF_DISTRICT, query = "SELECT DISTINCT v FROM RuleVersion v LEFT JOIN FETCH v.rules "
        + "WHERE v.districtCode = :district ORDER BY v.effectiveFrom")
public class RuleVersion {

    /** A district's versions with their rules, oldest first (parameter {@code district}). */
    public static final String OF_DISTRICT = "RuleVersion.ofDistrict";

    /** The primary key: district and version number. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;
        private String districtCode;
        private int version;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(districtCode, k.districtCode) && version == k.version;
        }

        @Override
        public int hashCode() {
            return Objects.hash(districtCode, version);
        }
    }

    @Id
    @Column(name = "district_code")
    private String districtCode;
    @Id
    private int version;
    @Column(name = "effective_from")
    private LocalDate effectiveFrom;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "published_by")
    private String publishedBy;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "entitlement_rules", joinColumns = {
            @JoinColumn(name = "district_code", referencedColumnName = "district_code"),
            @JoinColumn(name = "version", referencedColumnName = "version")})
    @OrderBy("kind, fromMonths")
    private List<EntitlementRule> rules = new ArrayList<>();

    protected RuleVersion() {
    }

    public RuleVersion(String districtCode, int version, LocalDate effectiveFrom, Instant publishedAt,
            List<EntitlementRule> rules) {
        this(districtCode, version, effectiveFrom, publishedAt, null, rules);
    }

    public RuleVersion(String districtCode, int version, LocalDate effectiveFrom, Instant publishedAt,
            String publishedBy, List<EntitlementRule> rules) {
        for (int i = 0; i < rules.size(); i++) {
            for (int j = i + 1; j < rules.size(); j++) {
                if (rules.get(i).overlaps(rules.get(j))) {
                    throw new InvalidRulesException("age bands of one service kind must not overlap");
                }
            }
        }
        this.districtCode = districtCode;
        this.version = version;
        this.effectiveFrom = effectiveFrom;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.rules = new ArrayList<>(rules);
    }

    /** The rule that grants {@code kind} to a child of this age, if any. */
    public Optional<EntitlementRule> ruleFor(ServiceKind kind, int ageInMonths) {
        return rules.stream().filter(r -> r.kind() == kind && r.covers(ageInMonths)).findFirst();
    }

    /** The version in force on a China date: the latest effective on or before it. */
    public static Optional<RuleVersion> inForce(List<RuleVersion> versions, LocalDate day) {
        return versions.stream().filter(v -> !v.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(RuleVersion::effectiveFrom));
    }

    public String districtCode() {
        return districtCode;
    }

    public int version() {
        return version;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public List<EntitlementRule> rules() {
        return List.copyOf(rules);
    }
}
