package cn.tuoyu.entitlements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.tuoyu.entitlements.entity.EntitlementRule;
import cn.tuoyu.entitlements.entity.InvalidRulesException;
import cn.tuoyu.entitlements.entity.RuleVersion;
import cn.tuoyu.entitlements.entity.ServiceKind;
import cn.tuoyu.entitlements.entity.Window;
import cn.tuoyu.entitlements.entity.WindowKind;
import cn.tuoyu.families.entity.Age;
import cn.tuoyu.platform.time.ChinaTime;

class EntitlementRulesTest {

    /** The Nantong rule (通政办规〔2020〕5号 三(一)1), as seeded. */
    static final RuleVersion NANTONG = new RuleVersion("320614", 1, LocalDate.of(2021, 1, 1), Instant.EPOCH, List.of(
            new EntitlementRule(ServiceKind.GUIDANCE_SESSION, 0, 12, 2, WindowKind.CALENDAR_YEAR),
            new EntitlementRule(ServiceKind.HOURLY_CARE, 13, 36, 4, WindowKind.CALENDAR_YEAR)));

    @ParameterizedTest(name = "{0} months: {1} -> {2}")
    @CsvSource({
            "0,  GUIDANCE_SESSION, 2", "0,  HOURLY_CARE, 0",
            "12, GUIDANCE_SESSION, 2", "12, HOURLY_CARE, 0",
            "13, GUIDANCE_SESSION, 0", "13, HOURLY_CARE, 4",
            "36, GUIDANCE_SESSION, 0", "36, HOURLY_CARE, 4",
            "37, GUIDANCE_SESSION, 0", "37, HOURLY_CARE, 0",
    })
    void theNantongRuleByAge(int months, ServiceKind kind, int sessions) {
        assertEquals(sessions, NANTONG.ruleFor(kind, months).map(EntitlementRule::sessions).orElse(0));
    }

    @Test
    void theDayAChildTurns13MonthsItMovesFromGuidanceToHourlyCare() {
        LocalDate birth = LocalDate.of(2025, 1, 15);
        int before = Age.inMonths(birth, LocalDate.of(2026, 2, 14));
        int on = Age.inMonths(birth, LocalDate.of(2026, 2, 15));
        assertEquals(Optional.empty(), NANTONG.ruleFor(ServiceKind.HOURLY_CARE, before));
        assertEquals(2, NANTONG.ruleFor(ServiceKind.GUIDANCE_SESSION, before).orElseThrow().sessions());
        assertEquals(4, NANTONG.ruleFor(ServiceKind.HOURLY_CARE, on).orElseThrow().sessions());
        assertEquals(Optional.empty(), NANTONG.ruleFor(ServiceKind.GUIDANCE_SESSION, on));
    }

    @Test
    void theDayAChildTurns37MonthsItIsNoLongerEligible() {
        LocalDate birth = LocalDate.of(2023, 1, 15);
        assertEquals(4, NANTONG.ruleFor(ServiceKind.HOURLY_CARE, Age.inMonths(birth, LocalDate.of(2026, 2, 14)))
                .orElseThrow().sessions());
        assertEquals(Optional.empty(), NANTONG.ruleFor(ServiceKind.HOURLY_CARE,
                Age.inMonths(birth, LocalDate.of(2026, 2, 15))));
    }

    @ParameterizedTest(name = "{0} is in the calendar year starting {1}")
    @CsvSource({
            "2026-12-31T15:30:00Z, 2026-01-01, 23:30 on 31 December in China counts in that year",
            "2026-12-31T16:00:00Z, 2027-01-01, midnight in China starts the next year while UTC still says 31 December",
            "2026-01-01T00:00:00Z, 2026-01-01, 08:00 on 1 January in China",
            "2025-12-31T16:30:00Z, 2026-01-01, 00:30 on 1 January in China, still 2025 in UTC",
    })
    void calendarYearsUseChinaTime(Instant at, LocalDate start, String why) {
        Window window = WindowKind.CALENDAR_YEAR.around(LocalDate.of(2025, 6, 1), ChinaTime.dateOf(at));
        assertEquals(start, window.start(), why);
        assertEquals(start.plusYears(1), window.end());
        assertEquals(start.plusYears(1).minusDays(1), window.lastDay());
    }

    @ParameterizedTest(name = "born {0}, on {1}: age year from {2}")
    @CsvSource({
            "2025-03-10, 2025-03-10, 2025-03-10",
            "2025-03-10, 2026-03-09, 2025-03-10",
            "2025-03-10, 2026-03-10, 2026-03-10",
            "2024-02-29, 2025-02-28, 2025-02-28",
            "2024-02-29, 2025-02-27, 2024-02-29",
    })
    void ageYearsRunFromBirthdayToBirthday(LocalDate birth, LocalDate on, LocalDate start) {
        Window window = WindowKind.AGE_YEAR.around(birth, on);
        assertEquals(start, window.start());
        assertEquals(true, window.contains(on));
    }

    @Test
    void theVersionInForceIsTheLatestEffectiveOnOrBeforeTheDay() {
        RuleVersion next = new RuleVersion("320614", 2, LocalDate.of(2027, 1, 1), Instant.EPOCH,
                List.of(new EntitlementRule(ServiceKind.HOURLY_CARE, 13, 36, 6, WindowKind.CALENDAR_YEAR)));
        List<RuleVersion> versions = List.of(next, NANTONG);
        assertEquals(1, RuleVersion.inForce(versions, LocalDate.of(2026, 12, 31)).orElseThrow().version());
        assertEquals(2, RuleVersion.inForce(versions, LocalDate.of(2027, 1, 1)).orElseThrow().version());
        assertEquals(Optional.empty(), RuleVersion.inForce(versions, LocalDate.of(2020, 12, 31)));
    }

    @Test
    void incoherentRulesAreRefused() {
        assertThrows(InvalidRulesException.class, () -> new RuleVersion("320614", 2, LocalDate.now(), Instant.EPOCH,
                List.of(new EntitlementRule(ServiceKind.HOURLY_CARE, 13, 24, 2, WindowKind.CALENDAR_YEAR),
                        new EntitlementRule(ServiceKind.HOURLY_CARE, 24, 36, 2, WindowKind.CALENDAR_YEAR))));
        assertThrows(InvalidRulesException.class,
                () -> new EntitlementRule(ServiceKind.HOURLY_CARE, 13, 37, 4, WindowKind.CALENDAR_YEAR));
        assertThrows(InvalidRulesException.class,
                () -> new EntitlementRule(ServiceKind.HOURLY_CARE, 20, 13, 4, WindowKind.CALENDAR_YEAR));
        assertThrows(InvalidRulesException.class,
                () -> new EntitlementRule(ServiceKind.GUIDANCE_SESSION, 0, 12, 101, WindowKind.AGE_YEAR));
    }
}
