package cn.tuoyu.vouchers.control;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import cn.tuoyu.facilities.control.FacilityStanding;
import cn.tuoyu.platform.csv.CsvTable;
import cn.tuoyu.platform.time.ChinaTime;
import cn.tuoyu.vouchers.entity.Redemption;

/** Monthly settlement: live (not voided) redemptions per facility and batch, in China time, with totals. */
@ApplicationScoped
@Transactional
public class Settlements {

    /**
     * One facility's redemptions of one batch in the month; of them, {@code sessions} started hourly-care sessions
     * that have ended, which gave {@code hoursGiven} hours of care (counted by the district's rounding, paid up to the
     * batch's hours).
     */
    public record Line(UUID facilityId, String facilityName, UUID batchId, String batchName, int redemptions,
            BigDecimal careHours, long faceValueCents, int sessions, BigDecimal hoursGiven) {
    }

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    @Inject
    FacilityStanding facilities;

    public List<Line> ofFacility(UUID facilityId, YearMonth month) {
        return lines(facilities.lookup(facilityId).map(f -> Map.of(f.id(), f.name())).orElse(Map.of()), month);
    }

    public List<Line> ofDistrict(String district, YearMonth month) {
        return lines(facilities.namesInDistrict(district), month);
    }

    /** The lines of these facilities (id → name), ordered by facility name and batch name. */
    private List<Line> lines(Map<UUID, String> facilityNames, YearMonth month) {
        if (facilityNames.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Redemption.SETTLEMENT, Object[].class)
                .setParameter("facilities", List.copyOf(facilityNames.keySet()))
                .setParameter("from", ChinaTime.startOf(month))
                .setParameter("to", ChinaTime.startOf(month.plusMonths(1)))
                .getResultList().stream()
                .map(r -> new Line((UUID) r[0], facilityNames.get((UUID) r[0]), (UUID) r[1], (String) r[2],
                        ((Number) r[3]).intValue(), r[4] == null ? BigDecimal.ZERO : (BigDecimal) r[4],
                        r[5] == null ? 0 : ((Number) r[5]).longValue(), ((Number) r[6]).intValue(),
                        r[7] == null ? BigDecimal.ZERO : (BigDecimal) r[7]))
                .sorted(Comparator.comparing(Line::facilityName).thenComparing(Line::batchName)).toList();
    }

    /**
     * The lines as CSV for finance (one row per facility and batch, then a total row), written by the platform's CSV
     * writer: opens in Excel, and names cannot run as formulas.
     */
    public static byte[] csv(YearMonth month, List<Line> lines) {
        CsvTable table = new CsvTable("月份 Month", "机构 Facility", "机构编号 Facility ID", "批次 Batch",
                "批次编号 Batch ID", "核销数 Redemptions", "托育时长(小时) Care hours", "面值(元) Face value (CNY)",
                "计时托次数 Hourly-care sessions",
                "实际托育时长(小时) Hours given");
        int count = 0;
        BigDecimal hours = BigDecimal.ZERO;
        long cents = 0;
        int sessions = 0;
        BigDecimal given = BigDecimal.ZERO;
        for (Line line : lines) {
            table.row(month, line.facilityName(), line.facilityId(), line.batchName(), line.batchId(),
                    line.redemptions(), line.careHours(), yuan(line.faceValueCents()), line.sessions(),
                    line.hoursGiven());
            count += line.redemptions();
            hours = hours.add(line.careHours());
            cents += line.faceValueCents();
            sessions += line.sessions();
            given = given.add(line.hoursGiven());
        }
        return table.row(month, "合计 Total", null, null, null, count, hours, yuan(cents), sessions, given)
                .toBytes();
    }

    private static BigDecimal yuan(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
