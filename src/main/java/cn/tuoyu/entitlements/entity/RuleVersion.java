package cn.tuoyu.entitlements.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A district's rule set from its effective date until the next version takes over. Versions are never changed once
 * published; what was consumed under an older version stays as it was recorded.
 */
public record RuleVersion(String districtCode, int version, LocalDate effectiveFrom, Instant publishedAt,
        List<EntitlementRule> rules) {

    public RuleVersion {
        rules = List.copyOf(rules);
        for (int i = 0; i < rules.size(); i++) {
            for (int j = i + 1; j < rules.size(); j++) {
                if (rules.get(i).overlaps(rules.get(j))) {
                    throw new InvalidRulesException("age bands of one service kind must not overlap");
                }
            }
        }
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
}
