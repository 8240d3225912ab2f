package cn.tuoyu.families;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.tuoyu.families.entity.Age;

class AgeTest {

    @ParameterizedTest(name = "born {0}, on {1}: {2} months ({3})")
    @CsvSource({
            "2024-03-10, 2024-03-10,  0, the day of birth",
            "2024-03-10, 2024-03-09, -1, before birth",
            "2024-01-31, 2024-02-28,  0, born on the 31st: not yet a month on 28 Feb of a leap year",
            "2024-01-31, 2024-02-29,  1, born on the 31st: a month old on the last day of February",
            "2023-01-31, 2023-02-28,  1, born on the 31st: a month old on 28 Feb of a common year",
            "2024-01-31, 2024-03-30,  1, born on the 31st: 30 March is not yet two months",
            "2024-01-31, 2024-03-31,  2, born on the 31st: two months on 31 March",
            "2024-01-31, 2024-04-30,  3, born on the 31st: three months on 30 April",
            "2024-02-29, 2025-02-27, 11, born 29 February: the day before 28 Feb",
            "2024-02-29, 2025-02-28, 12, born 29 February: twelve months on 28 Feb of a common year",
            "2024-02-29, 2028-02-28, 47, born 29 February: 28 Feb of the next leap year is not yet 48",
            "2024-02-29, 2028-02-29, 48, born 29 February: 48 months on 29 Feb",
            "2025-01-15, 2026-02-14, 12, the day before turning 13 months (still guidance)",
            "2025-01-15, 2026-02-15, 13, the day it turns 13 months (hourly care)",
            "2023-01-15, 2026-02-14, 36, the day before turning 37 months (still eligible)",
            "2023-01-15, 2026-02-15, 37, the day it turns 37 months (no longer eligible)",
            "2025-12-31, 2026-12-31, 12, a year across new year",
    })
    void wholeMonthsOnADay(LocalDate birth, LocalDate on, int months, String why) {
        assertEquals(months, Age.inMonths(birth, on), why);
    }

    @ParameterizedTest(name = "born {0}, at {1}: {2} months ({3})")
    @CsvSource({
            "2025-02-15, 2026-03-14T16:30:00Z, 13, 00:30 on 15 March in Shanghai is already 13 months (UTC says 14th)",
            "2025-02-15, 2026-03-14T15:59:59Z, 12, 23:59:59 on 14 March in Shanghai is still 12 months",
            "2026-01-01, 2025-12-31T16:30:00Z,  0, born on 1 January: 00:30 China time on that day counts as born",
    })
    void monthsCountInChinaTime(LocalDate birth, Instant at, int months, String why) {
        assertEquals(months, Age.inMonths(birth, at), why);
    }
}
