package cn.tuoyu.hourlycare.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import cn.tuoyu.platform.time.ChinaTime;

class CareHoursTest {

    static Instant at(String chinaTime) {
        return LocalDateTime.parse(chinaTime).atZone(ChinaTime.ZONE).toInstant();
    }

    static BigDecimal h(String hours) {
        return new BigDecimal(hours);
    }

    @Test
    void everyStartedHalfHourCounts() {
        assertEquals(h("1.00"), CareHours.between(at("2026-12-05T09:00"), at("2026-12-05T10:00"), 30, null).counted());
        assertEquals(h("1.50"), CareHours.between(at("2026-12-05T09:00"), at("2026-12-05T10:01"), 30, null).counted());
        assertEquals(h("0.50"), CareHours.between(at("2026-12-05T09:00"), at("2026-12-05T09:01"), 30, null).counted());
    }

    @Test
    void aStartedMinuteCounts() {
        CareHours hours = CareHours.between(at("2026-12-05T09:00"), at("2026-12-05T10:00:01"), 30, null);
        assertEquals(61, hours.minutes());
        assertEquals(h("1.50"), hours.counted(), "the third half hour has started");
        CareHours moments = CareHours.between(at("2026-12-05T09:00"), at("2026-12-05T09:00:10"), 30, null);
        assertEquals(1, moments.minutes());
        assertEquals(h("0.50"), moments.counted(), "a child dropped off and picked up at once was in care");
    }

    @Test
    void noTimeInCareCountsNothing() {
        assertEquals(h("0.00"), CareHours.between(at("2026-12-05T09:00"), at("2026-12-05T09:00"), 30, null).counted());
    }

    @Test
    void otherUnitsOfTheDistrictsRule() {
        assertEquals(h("2.00"), CareHours.between(at("2026-12-05T09:00"), at("2026-12-05T10:10"), 60, null).counted());
        assertEquals(h("1.25"), CareHours.between(at("2026-12-05T09:00"), at("2026-12-05T10:10"), 15, null).counted());
        assertEquals(h("0.33"), CareHours.between(at("2026-12-05T09:00"), at("2026-12-05T09:10"), 20, null).counted());
    }

    @Test
    void acrossMidnightCountsTheRealLength() {
        CareHours hours = CareHours.between(at("2026-12-05T23:40"), at("2026-12-06T00:20"), 30, null);
        assertEquals(40, hours.minutes());
        assertEquals(h("1.00"), hours.counted());
    }

    @Test
    void theVoucherCapsWhatIsPaidAndTheRestIsOverstay() {
        CareHours hours = CareHours.between(at("2026-12-05T09:00"), at("2026-12-05T11:31"), 30, h("2"));
        assertEquals(h("3.00"), hours.counted());
        assertEquals(h("2.00"), hours.paid());
        assertEquals(h("1.00"), hours.overstay());
        assertTrue(hours.overstayed());
    }

    @Test
    void withinTheCapNothingIsOverstay() {
        CareHours hours = CareHours.between(at("2026-12-05T09:00"), at("2026-12-05T10:30"), 30, h("2"));
        assertEquals(h("1.50"), hours.paid());
        assertEquals(h("0.00"), hours.overstay());
        assertFalse(hours.overstayed());
    }

    @Test
    void checkOutBeforeCheckInIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class,
                () -> CareHours.between(at("2026-12-05T10:00"), at("2026-12-05T09:00"), 30, null));
    }
}
