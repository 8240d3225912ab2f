package cn.tuoyu.vouchers.entity;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A district's priority rule for its lottery batches from a day on ({@link PriorityRule}); district data. */
@Entity
@Table(name = "lottery_priority_rules")
@NamedQuery(name = LotteryPriorityRule.IN_FORCE, query = "SELECT r FROM LotteryPriorityRule r "
        + "WHERE r.districtCode = :district AND r.effectiveFrom <= :day ORDER BY r.effectiveFrom DESC")
public class LotteryPriorityRule {

    /** The district's rules in force on a day, the latest first (parameters {@code district}, {@code day}). */
    public static final String IN_FORCE = "LotteryPriorityRule.inForce";

    @Id
    private UUID id;
    @Column(name = "district_code")
    private String districtCode;
    @Column(name = "effective_from")
    private LocalDate effectiveFrom;
    @Enumerated(EnumType.STRING)
    @Column(name = "first_tier")
    private PriorityRule firstTier;

    protected LotteryPriorityRule() {
    }

    public PriorityRule firstTier() {
        return firstTier;
    }
}
