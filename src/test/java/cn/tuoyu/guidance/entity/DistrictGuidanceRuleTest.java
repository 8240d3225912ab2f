package cn.tuoyu.guidance.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** A district's guidance rules and the defaults of a district that set none. */
class DistrictGuidanceRuleTest {

    @Test
    void aDistrictWithoutRulesConsumesNoShowsHoldsOffersForTheDefaultAndWaitsFourteenDays() {
        DistrictGuidanceRule rule = DistrictGuidanceRule.defaults("320684");
        assertEquals(NoShowRule.CONSUME, rule.noShow());
        assertEquals(Duration.ofHours(12), rule.offerHold(12));
        assertEquals(14, rule.visitOverdueDays());
    }

    @Test
    void aDistrictsOwnRulesApply() {
        DistrictGuidanceRule rule = new DistrictGuidanceRule("320684", NoShowRule.RELEASE, 24, 7);
        assertEquals(NoShowRule.RELEASE, rule.noShow());
        assertEquals(Duration.ofHours(24), rule.offerHold(12));
        assertEquals(7, rule.visitOverdueDays());
        assertEquals(Duration.ofHours(12),
                new DistrictGuidanceRule("320684", NoShowRule.CONSUME, null, 7).offerHold(12), "no hours of its own");
    }
}
