package cn.tuoyu.notifications.entity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * No SMS at night: a delivery due between {@code start} and {@code end} (China time; 21:00–08:00 unless configured) is
 * held until {@code end}, unless its notice's deadline falls before {@code end + margin}, when morning would be too late
 * and it goes now.
 */
public record QuietHours(LocalTime start, LocalTime end, Duration margin, ZoneId zone) {

    /** When to send instead of now, or empty to send now. */
    public Optional<Instant> holdUntil(Instant now, Instant deadline) {
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        boolean quiet = start.isAfter(end)
                ? !time.isBefore(start) || time.isBefore(end)
                : !time.isBefore(start) && time.isBefore(end);
        if (!quiet) {
            return Optional.empty();
        }
        ZonedDateTime morning = local.with(end);
        if (!morning.isAfter(local)) {
            morning = morning.plusDays(1);
        }
        Instant release = morning.toInstant();
        if (deadline != null && deadline.isBefore(release.plus(margin))) {
            return Optional.empty();
        }
        return Optional.of(release);
    }
}
