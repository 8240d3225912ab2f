package cn.tuoyu.entitlements.control;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import cn.tuoyu.districts.control.Districts;
import cn.tuoyu.entitlements.entity.EntitlementRule;
import cn.tuoyu.entitlements.entity.EntryState;
import cn.tuoyu.entitlements.entity.LedgerEntry;
import cn.tuoyu.entitlements.entity.RuleVersion;
import cn.tuoyu.entitlements.entity.ServiceKind;
import cn.tuoyu.families.control.ChildDirectory;
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

    /** How many children's entries one query reads at most. */
    private static final int CHUNK = 1000;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    @Inject
    EntitlementRules rules;

    @Inject
    Districts districts;

    @Inject
    ChildDirectory children;

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
        for (EntitlementRule rule : inForce.rules()) {
            List<UUID> eligible = List.copyOf(children.idsInAgeBand(district, rule.fromMonths(), rule.toMonths(),
                    today));
            Map<UUID, int[]> received = new HashMap<>();
            for (int from = 0; from < eligible.size(); from += CHUNK) {
                for (Object[] row : em.createNamedQuery(LedgerEntry.RECEIVED, Object[].class)
                        .setParameter("children", eligible.subList(from, Math.min(eligible.size(), from + CHUNK)))
                        .setParameter("kind", rule.kind())
                        .setParameter("states", List.of(EntryState.CONSUMED, EntryState.RESERVED))
                        .setParameter("day", today).setParameter("yearBefore", today.minusYears(1)).getResultList()) {
                    int[] counts = received.computeIfAbsent((UUID) row[0], k -> new int[2]);
                    counts[row[1] == EntryState.CONSUMED ? 0 : 1] += ((Number) row[2]).intValue();
                }
            }
            lines.add(new Line(rule.kind(), rule.fromMonths(), rule.toMonths(), rule.sessions(), eligible.size(),
                    count(received, c -> c[0] > 0), count(received, c -> c[0] >= rule.sessions()),
                    count(received, c -> c[1] > 0), sum(received, 1), sum(received, 0)));
        }
        return lines;
    }

    private static long count(Map<UUID, int[]> received, Predicate<int[]> which) {
        return received.values().stream().filter(which).count();
    }

    private static long sum(Map<UUID, int[]> received, int state) {
        return received.values().stream().mapToLong(c -> c[state]).sum();
    }
}
