package cn.tuoyu.guidance.control;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.tuoyu.guidance.entity.HomeVisit;
import cn.tuoyu.platform.csv.CsvTable;
import cn.tuoyu.platform.time.ChinaTime;

/**
 * The roster as a CSV file, written by the platform's CSV writer (opens in Excel, no cell runs as a formula). Same
 * filters and same address rule as the roster.
 */
@ApplicationScoped
@Transactional
public class RosterExport {

    /** At most this many rows in one export. */
    public static final int MAX_ROWS = 5000;

    static final String[] HEADER = {"编号", "状态", "街道/乡镇", "儿童", "月龄", "负责人员", "预约开始", "预约结束",
            "家长回复", "结果", "指导内容", "备注", "地址", "申请时间", "逾期"};

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ChinaTime.ZONE);

    @Inject
    VisitRoster roster;

    public byte[] csv(StaffMember staff, RosterFilter filter) {
        List<RosterEntry> entries = roster.roster(staff, new RosterFilter(filter.subDistrict(), filter.staff(),
                filter.from(), filter.to(), filter.state(), filter.overdueOnly(), 0, MAX_ROWS)).items();
        CsvTable table = new CsvTable(HEADER);
        for (RosterEntry entry : entries) {
            HomeVisit v = entry.visit();
            table.row(v.id(), v.state(), v.subDistrict(), entry.maskedName(), entry.ageInMonths(), v.assignedTo(),
                    time(v.scheduled() == null ? null : v.scheduled().start()),
                    time(v.scheduled() == null ? null : v.scheduled().end()), v.familyResponse(), v.outcome(),
                    String.join("、", v.topics()), v.outcomeNotes(), entry.address(), time(v.requestedAt()),
                    entry.overdue() ? "是" : "否");
        }
        return table.toBytes();
    }

    private static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant);
    }
}
