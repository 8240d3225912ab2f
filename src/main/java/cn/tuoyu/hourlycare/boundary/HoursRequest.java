package cn.tuoyu.hourlycare.boundary;

import java.time.DayOfWeek;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import cn.tuoyu.hourlycare.entity.OpeningHours;

/** Opening hours of one weekday (1 = Monday … 7 = Sunday), {@code HH:mm} in China time; closing may be 24:00. */
public record HoursRequest(@Min(1) @Max(7) int weekday,
        @NotNull @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]", message = "must be HH:mm") String opens,
        @NotNull @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]|24:00", message = "must be HH:mm") String closes) {

    OpeningHours hours() {
        return new OpeningHours(DayOfWeek.of(weekday), minutes(opens), minutes(closes));
    }

    static int minutes(String hhmm) {
        return Integer.parseInt(hhmm.substring(0, 2)) * 60 + Integer.parseInt(hhmm.substring(3));
    }

    static String text(int minutes) {
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }
}
