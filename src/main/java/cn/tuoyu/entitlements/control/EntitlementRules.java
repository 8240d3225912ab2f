package cn.tuoyu.entitlements.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.tuoyu.districts.control.Districts;
import cn.tuoyu.entitlements.entity.EntitlementRule;
import cn.tuoyu.entitlements.entity.RuleVersion;
import cn.tuoyu.entitlements.entity.ServiceKind;
import cn.tuoyu.entitlements.entity.WindowKind;
import cn.tuoyu.platform.persistence.TransactionDataSource;
import cn.tuoyu.platform.time.ChinaTime;

/** The rule versions of each district: read by anyone, published by the district's health staff. */
@ApplicationScoped
@Transactional
public class EntitlementRules {

    @Inject
    Clock clock;

    @Inject
    TransactionDataSource dataSource;

    @Inject
    Districts districts;

    /** All versions of a district, oldest first. */
    public List<RuleVersion> versions(String district) {
        districts.byCode(district);
        try (Connection c = dataSource.getConnection()) {
            return load(c, district);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public RuleVersion version(String district, int version) {
        return versions(district).stream().filter(v -> v.version() == version).findFirst()
                .orElseThrow(RuleVersionNotFoundException::new);
    }

    /** Publishes the next version for the staff member's own district, effective today (China) or later. */
    public RuleVersion publish(String staffDistrict, String staffSubject, String district, LocalDate effectiveFrom,
            List<EntitlementRule> rules) {
        districts.requireOwn(staffDistrict, district);
        if (effectiveFrom.isBefore(ChinaTime.today(clock))) {
            throw new EffectiveDateInPastException();
        }
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection()) {
            List<RuleVersion> existing = load(c, district);
            if (existing.stream().anyMatch(v -> v.effectiveFrom().equals(effectiveFrom))) {
                throw new RuleVersionExistsException();
            }
            int next = existing.stream().mapToInt(RuleVersion::version).max().orElse(0) + 1;
            RuleVersion version = new RuleVersion(district, next, effectiveFrom, now, rules);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO entitlement_rule_versions (district_code, "
                    + "version, effective_from, published_at, published_by) VALUES (?, ?, ?, ?, ?) "
                    + "ON CONFLICT DO NOTHING")) {
                s.setString(1, district);
                s.setInt(2, next);
                s.setObject(3, effectiveFrom);
                s.setTimestamp(4, Timestamp.from(now));
                s.setString(5, staffSubject);
                if (s.executeUpdate() != 1) {
                    throw new RuleVersionExistsException();
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO entitlement_rules (district_code, version, "
                    + "service_kind, age_from_months, age_to_months, sessions, window_kind) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (EntitlementRule rule : version.rules()) {
                    s.setString(1, district);
                    s.setInt(2, next);
                    s.setString(3, rule.kind().name());
                    s.setInt(4, rule.fromMonths());
                    s.setInt(5, rule.toMonths());
                    s.setInt(6, rule.sessions());
                    s.setString(7, rule.window().name());
                    s.addBatch();
                }
                s.executeBatch();
            }
            return version;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<RuleVersion> load(Connection c, String district) throws SQLException {
        Map<Integer, Object[]> heads = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT version, effective_from, published_at FROM "
                + "entitlement_rule_versions WHERE district_code = ? ORDER BY effective_from")) {
            s.setString(1, district);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    heads.put(r.getInt(1), new Object[] {r.getObject(2, LocalDate.class),
                        r.getTimestamp(3).toInstant(), new ArrayList<EntitlementRule>()});
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT version, service_kind, age_from_months, age_to_months, "
                + "sessions, window_kind FROM entitlement_rules WHERE district_code = ? "
                + "ORDER BY service_kind, age_from_months")) {
            s.setString(1, district);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    @SuppressWarnings("unchecked")
                    List<EntitlementRule> rules = (List<EntitlementRule>) heads.get(r.getInt(1))[2];
                    rules.add(new EntitlementRule(ServiceKind.valueOf(r.getString(2)), r.getInt(3), r.getInt(4),
                            r.getInt(5), WindowKind.valueOf(r.getString(6))));
                }
            }
        }
        List<RuleVersion> versions = new ArrayList<>();
        heads.forEach((version, head) -> {
            @SuppressWarnings("unchecked")
            List<EntitlementRule> rules = (List<EntitlementRule>) head[2];
            versions.add(new RuleVersion(district, version, (LocalDate) head[0], (Instant) head[1], rules));
        });
        return versions;
    }
}
