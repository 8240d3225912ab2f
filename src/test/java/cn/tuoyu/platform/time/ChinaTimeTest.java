package cn.tuoyu.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class ChinaTimeTest {

    @Test
    void theDayIsChinasWhateverTheServersZone() {
        Instant halfPastMidnightInChina = Instant.parse("2026-12-31T16:30:00Z");
        assertEquals(LocalDate.of(2027, 1, 1), ChinaTime.dateOf(halfPastMidnightInChina));
        assertEquals(LocalDate.of(2027, 1, 1), ChinaTime.today(Clock.fixed(halfPastMidnightInChina, ZoneOffset.UTC)));
        assertEquals(LocalDate.of(2026, 12, 31), ChinaTime.dateOf(Instant.parse("2026-12-31T15:59:59Z")));
    }

    @Test
    void thePlatformsClockIsTheSystemsInChinaTime() {
        Clock clock = new SystemClock().clock();
        assertEquals(ChinaTime.ZONE, clock.getZone());
        Instant before = Instant.now();
        Instant read = clock.instant();
        assertTrue(!read.isBefore(before) && !read.isAfter(Instant.now()), "the system's time: " + read);
    }
}
