package cn.tuoyu.families.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import cn.tuoyu.platform.time.ChinaTime;

/**
 * A child's age in whole months, counted in China time (Asia/Shanghai). A child completes its n-th month on
 * {@code birthDate.plusMonths(n)}; when that month is shorter, the anniversary falls on its last day (born 31 January:
 * one month old on 28/29 February; born 29 February: twelve months old on 28 February of the next year).
 */
public final class Age {

    private Age() {
    }

    /** Whole months from birth to the given day; negative before birth. */
    public static int inMonths(LocalDate birthDate, LocalDate on) {
        if (on.isBefore(birthDate)) {
            return -1;
        }
        long months = ChronoUnit.MONTHS.between(birthDate.withDayOfMonth(1), on.withDayOfMonth(1));
        if (birthDate.plusMonths(months).isAfter(on)) {
            months--;
        }
        return Math.toIntExact(months);
    }

    /** Whole months from birth to the China date of the instant. */
    public static int inMonths(LocalDate birthDate, Instant at) {
        return inMonths(birthDate, ChinaTime.dateOf(at));
    }
}
