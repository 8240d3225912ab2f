package cn.tuoyu.guidance.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class CalendarFeedTest {

    @Test
    void aTokenIsA256BitSecretInTheUrlsAlphabet() {
        String token = CalendarFeed.newToken();
        assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
        assertNotEquals(token, CalendarFeed.newToken());
    }

    @Test
    void onlyTheTokensHashIsKept() {
        String token = CalendarFeed.newToken();
        Instant now = Instant.parse("2026-12-01T02:00:00Z");
        Object[] row = new CalendarFeed("resident", token, now).upsertParameters();
        assertEquals("resident", row[0]);
        byte[] stored = (byte[]) row[1];
        assertEquals(32, stored.length);
        assertArrayEquals(CalendarFeed.hash(token), stored);
        assertFalse(Arrays.equals(token.getBytes(StandardCharsets.US_ASCII), stored));
        assertFalse(Arrays.equals(CalendarFeed.hash(CalendarFeed.newToken()), stored));
        assertEquals(now, ((OffsetDateTime) row[2]).toInstant());
    }
}
