package cn.tuoyu.entitlements.control;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.tuoyu.districts.control.Districts;
import cn.tuoyu.entitlements.entity.EntitlementRule;
import cn.tuoyu.entitlements.entity.RuleVersion;
import cn.tuoyu.entitlements.entity.ServiceKind;
import cn.tuoyu.platform.persistence.TransactionDataSource;
import cn.tuoyu.platform.time.ChinaTime;

/**
 * Entitlement coverage of a district today: for each rule in force, how many registered children are in its age
 * band, how many received at least one session in their current window (consumed: a visit done, a class attended,
 * a voucher redeemed), how many received all of them, and apart from those, what is reserved and not yet delivered
 * (a class booked, a visit scheduled, a voucher claimed). Aggregates only: no child is named.
 */
@ApplicationScoped
@Transactional
public class Coverage {

    /** One rule's coverage. */
    public record Line(ServiceKind serviceKind, int ageFromMonths, int ageToMonths, int sessions, long eligibleChildren,
            long childrenServed, long childrenFullyServed, long childrenWithReserved, long sessionsReserved,
            long sessionsConsumed) {

        public double share() {
            return eligibleChildren == 0 ? 0 : (double) childrenServed / eligibleChildren;
        }
    }

    @Inject
    Clock clock;

    @Inject
    TransactionDataSource dataSource;

    @Inject
    EntitlementRules rules;

    @Inject
    Districts districts;

    /** The coverage of the staff member's own district; another district's is not there for them (404). */
    public List<Line> ofOwnDistrict(String staffDistrict, String district) {
        districts.requireOwn(staffDistrict, district);
        return of(district);
    }

    public List<Line> of(String district) {
        LocalDate today = ChinaTime.dateOf(clock.instant());
        RuleVersion inForce = RuleVersion.inForce(rules.versions(district), today)
                .orElseThrow(RuleVersionNotFoundException::new);
        List<Line> lines = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "WITH eligible AS (SELECT c.id FROM children c WHERE c.district_code = ? AND c.anonymised_at IS NULL "
                        + "AND extract(year FROM age(?, c.birth_date)) * 12 + extract(month FROM age(?, c.birth_date)) "
                        + "BETWEEN ? AND ?), "
                        + "received AS (SELECT e.child_id, count(*) FILTER (WHERE e.state = 'CONSUMED') AS n, "
                        + "count(*) FILTER (WHERE e.state = 'RESERVED') AS r FROM entitlement_entries e "
                        + "JOIN eligible ON eligible.id = e.child_id WHERE e.service_kind = ? "
                        + "AND e.state IN ('CONSUMED', 'RESERVED') "
                        + "AND e.window_start <= ? AND e.window_start > (?::date - interval '1 year') GROUP BY e.child_id) "
                        + "SELECT (SELECT count(*) FROM eligible), count(*) FILTER (WHERE n > 0), "
                        + "count(*) FILTER (WHERE n >= ?), count(*) FILTER (WHERE r > 0), coalesce(sum(r), 0), "
                        + "coalesce(sum(n), 0) FROM received")) {
            for (EntitlementRule rule : inForce.rules()) {
                Date day = Date.valueOf(today);
                s.setString(1, district);
                s.setDate(2, day);
                s.setDate(3, day);
                s.setInt(4, rule.fromMonths());
                s.setInt(5, rule.toMonths());
                s.setString(6, rule.kind().name());
                s.setDate(7, day);
                s.setDate(8, day);
                s.setInt(9, rule.sessions());
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    lines.add(new Line(rule.kind(), rule.fromMonths(), rule.toMonths(), rule.sessions(), r.getLong(1),
                            r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return lines;
    }
}
