package cn.tuoyu.guidance.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import cn.tuoyu.families.entity.Age;
import cn.tuoyu.guidance.entity.HomeVisit;
import cn.tuoyu.guidance.entity.RosterEntry;
import cn.tuoyu.guidance.entity.RosterFilter;
import cn.tuoyu.guidance.entity.StaffMember;

/**
 * The roster as a CSV file that Excel opens with Chinese text intact: UTF-8 with a byte-order mark, CRLF line ends,
 * quoted as Excel expects (commons-csv's EXCEL format), free text defused against formula injection. Same filters
 * and same address rule as the roster.
 */
@ApplicationScoped
@Transactional
public class RosterExport {

    /** At most this many rows in one export. */
    public static final int MAX_ROWS = 5000;

    static final String[] HEADER = {"编号", "状态", "街道/乡镇", "儿童", "月龄", "负责人员", "预约开始", "预约结束",
        "家长回复", "结果", "指导内容", "备注", "地址", "申请时间", "逾期"};

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Age.CHINA);

    @Inject
    VisitRoster roster;

    public byte[] csv(StaffMember staff, RosterFilter filter) {
        List<RosterEntry> entries = roster.roster(staff, new RosterFilter(filter.subDistrict(), filter.staff(),
                filter.from(), filter.to(), filter.state(), filter.overdueOnly(), 0, MAX_ROWS));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setHeader(HEADER).get());
            for (RosterEntry entry : entries) {
                HomeVisit v = entry.visit();
                csv.printRecord(v.id(), v.state(), text(v.subDistrict()), entry.maskedName(), entry.ageInMonths(),
                        text(v.assignedTo()), time(v.scheduled() == null ? null : v.scheduled().start()),
                        time(v.scheduled() == null ? null : v.scheduled().end()), v.familyResponse(), v.outcome(),
                        text(String.join("、", v.topics())), text(v.outcomeNotes()), text(v.address()),
                        time(v.requestedAt()), v.overdue() ? "是" : "否");
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Free text as Excel shows it without running it: a cell starting with = + - @ or a control character would be
     * read as a formula (CSV injection), so it gets a leading apostrophe.
     */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    private static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant);
    }
}
