package cn.tuoyu.vouchers.control;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.tuoyu.platform.csv.CsvTable;
import cn.tuoyu.platform.persistence.Jdbc;
import cn.tuoyu.platform.persistence.TransactionDataSource;
import cn.tuoyu.platform.time.ChinaTime;

/** Monthly settlement: live (not voided) redemptions per facility and batch, in China time, with totals. */
@ApplicationScoped
@Transactional
public class Settlements {

    /** One facility's redemptions of one batch in the month. */
    public record Line(UUID facilityId, String facilityName, UUID batchId, String batchName, int redemptions,
            BigDecimal careHours, long faceValueCents) {
    }

    @Inject
    TransactionDataSource dataSource;

    public List<Line> ofFacility(UUID facilityId, YearMonth month) {
        return lines("f.id = ?", facilityId, month);
    }

    public List<Line> ofDistrict(String district, YearMonth month) {
        return lines("f.district_code = ?", district, month);
    }

    private List<Line> lines(String where, Object key, YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(ChinaTime.ZONE).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(ChinaTime.ZONE).toInstant();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT f.id, f.name, b.id, b.name, count(*), coalesce(sum(b.care_hours), 0), "
                        + "coalesce(sum(b.face_value_cents), 0) FROM voucher_redemptions r "
                        + "JOIN facilities f ON f.id = r.facility_id JOIN vouchers v ON v.id = r.voucher_id "
                        + "JOIN voucher_batches b ON b.id = v.batch_id WHERE " + where + " AND r.voided_at IS NULL "
                        + "AND r.redeemed_at >= ? AND r.redeemed_at < ? GROUP BY f.id, f.name, b.id, b.name "
                        + "ORDER BY f.name, b.name")) {
            s.setObject(1, key);
            s.setTimestamp(2, Jdbc.timestamp(from));
            s.setTimestamp(3, Jdbc.timestamp(to));
            List<Line> lines = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    lines.add(new Line(r.getObject(1, UUID.class), r.getString(2), r.getObject(3, UUID.class),
                            r.getString(4), r.getInt(5), r.getBigDecimal(6), r.getLong(7)));
                }
            }
            return lines;
        } catch (SQLException e) {
            throw Jdbc.failed(e);
        }
    }

    /**
     * The lines as CSV for finance (one row per facility and batch, then a total row), written by the platform's CSV
     * writer: opens in Excel, and names cannot run as formulas.
     */
    public static byte[] csv(YearMonth month, List<Line> lines) {
        CsvTable table = new CsvTable("月份 Month", "机构 Facility", "机构编号 Facility ID", "批次 Batch",
                "批次编号 Batch ID", "核销数 Redemptions", "托育时长(小时) Care hours", "面值(元) Face value (CNY)");
        int count = 0;
        BigDecimal hours = BigDecimal.ZERO;
        long cents = 0;
        for (Line line : lines) {
            table.row(month, line.facilityName(), line.facilityId(), line.batchName(), line.batchId(),
                    line.redemptions(), line.careHours(), yuan(line.faceValueCents()));
            count += line.redemptions();
            hours = hours.add(line.careHours());
            cents += line.faceValueCents();
        }
        return table.row(month, "合计 Total", null, null, null, count, hours, yuan(cents)).toBytes();
    }

    private static BigDecimal yuan(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
