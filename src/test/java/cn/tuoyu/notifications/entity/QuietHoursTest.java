package cn.tuoyu.notifications.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.tuoyu.platform.time.ChinaTime;

class QuietHoursTest {

    private static final QuietHours NIGHT = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0),
            Duration.ofHours(1), ChinaTime.ZONE);

    private static Instant china(String local) {
        return LocalDateTime.parse(local).atZone(ChinaTime.ZONE).toInstant();
    }

    @Test
    void anSmsGoesBeforeNineAndFromEightAndIsHeldInBetweenUntilEight() {
        assertEquals(Optional.empty(), NIGHT.holdUntil(china("2026-12-05T20:59:59"), null));
        assertEquals(Optional.of(china("2026-12-06T08:00:00")), NIGHT.holdUntil(china("2026-12-05T21:00:00"), null));
        assertEquals(Optional.of(china("2026-12-06T08:00:00")), NIGHT.holdUntil(china("2026-12-05T23:59:00"), null));
        assertEquals(Optional.of(china("2026-12-06T08:00:00")), NIGHT.holdUntil(china("2026-12-06T00:00:00"), null));
        assertEquals(Optional.of(china("2026-12-06T08:00:00")), NIGHT.holdUntil(china("2026-12-06T07:59:00"), null));
        assertEquals(Optional.empty(), NIGHT.holdUntil(china("2026-12-06T08:00:00"), null));
    }

    @Test
    void aDeadlineBeforeMorningPlusTheMarginSendsAtNight() {
        Instant night = china("2026-12-05T22:30:00");
        assertEquals(Optional.empty(), NIGHT.holdUntil(night, china("2026-12-06T06:00:00")),
                "the offer ends before morning: tell them now");
        assertEquals(Optional.empty(), NIGHT.holdUntil(night, china("2026-12-06T08:59:00")),
                "an hour after 08:00 is too little to act");
        assertEquals(Optional.of(china("2026-12-06T08:00:00")), NIGHT.holdUntil(night, china("2026-12-06T09:00:00")),
                "a deadline an hour after morning waits for morning");
        assertEquals(Optional.empty(), NIGHT.holdUntil(china("2026-12-05T12:00:00"), china("2026-12-05T12:30:00")));
    }

    @Test
    void whatTheDatabaseStoresIsAnInstantSoTheServerZoneDoesNotMatter() {
        assertEquals(Optional.of(Instant.parse("2026-12-06T00:00:00Z")),
                NIGHT.holdUntil(Instant.parse("2026-12-05T13:00:00Z"), null), "21:00 China time is 13:00 UTC");
    }
}
