package cn.tuoyu.guidance.entity;

import java.time.Duration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A district's guidance rules, kept as data: what a no-show at a class does to the reserved unit, how long a waitlist
 * offer holds a seat (none: the platform's default) and after how many days an unscheduled visit is overdue. A
 * district without a row keeps the {@link #defaults}.
 */
@Entity
@Table(name = "guidance_district_rules")
public class DistrictGuidanceRule {

    /** After this many days an unscheduled visit is overdue, unless the district says otherwise. */
    public static final int DEFAULT_OVERDUE_DAYS = 14;

    @Id
    @Column(name = "district_code")
    private String districtCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "no_show")
    private NoShowRule noShow;
    @Column(name = "offer_hours")
    private Integer offerHours;
    @Column(name = "visit_overdue_days")
    private int visitOverdueDays;

    protected DistrictGuidanceRule() {
    }

    DistrictGuidanceRule(String districtCode, NoShowRule noShow, Integer offerHours, int visitOverdueDays) {
        this.districtCode = districtCode;
        this.noShow = noShow;
        this.offerHours = offerHours;
        this.visitOverdueDays = visitOverdueDays;
    }

    /** The rules of a district that has set none. */
    public static DistrictGuidanceRule defaults(String districtCode) {
        return new DistrictGuidanceRule(districtCode, NoShowRule.CONSUME, null, DEFAULT_OVERDUE_DAYS);
    }

    public NoShowRule noShow() {
        return noShow == null ? NoShowRule.CONSUME : noShow;
    }

    /** How long a waitlist offer holds the seat: the district's hours, or {@code defaultHours}. */
    public Duration offerHold(int defaultHours) {
        return Duration.ofHours(offerHours == null ? defaultHours : offerHours);
    }

    public int visitOverdueDays() {
        return visitOverdueDays;
    }
}
