package cn.tuoyu.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * China time, defined once: days, months, windows and anything shown or exported are read in Asia/Shanghai (UTC+8
 * all year), whatever the server's zone. "Now" comes from the injected {@link Clock} (see {@link SystemClock}), so
 * that a rule is given the instant it decides at instead of reading the wall clock itself.
 */
public final class ChinaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaTime() {
    }

    /** The calendar date in China at an instant. */
    public static LocalDate dateOf(Instant at) {
        return LocalDate.ofInstant(at, ZONE);
    }

    /** Today's date in China by the given clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The first instant of a month in China. */
    public static Instant startOf(YearMonth month) {
        return month.atDay(1).atStartOfDay(ZONE).toInstant();
    }
}
