package cn.tuoyu.platform.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.validation.Payload;

import org.junit.jupiter.api.Test;

class DateBetweenValidatorTest {

    /** 2026-11-26 10:00 in China. */
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneId.of("UTC"));

    @Test
    void batchOpeningsFromAYearAgoToTwoYearsAhead() {
        DateBetweenValidator validator = validator("-P1Y", "P2Y");
        assertTrue(validator.isValid(OffsetDateTime.parse("2026-11-26T10:00+08:00"), null));
        assertTrue(validator.isValid(OffsetDateTime.parse("2025-11-26T10:00+08:00"), null));
        assertTrue(validator.isValid(OffsetDateTime.parse("2028-11-26T10:00+08:00"), null));
        assertFalse(validator.isValid(OffsetDateTime.parse("2025-11-26T09:59+08:00"), null));
        assertFalse(validator.isValid(OffsetDateTime.parse("2028-11-26T10:01+08:00"), null));
        assertFalse(validator.isValid(OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), null));
        assertFalse(validator.isValid(OffsetDateTime.of(9999, 12, 31, 0, 0, 0, 0, ZoneOffset.UTC), null));
    }

    @Test
    void datesAreChinaDates() {
        // 2026-11-26 02:00 UTC is already 26 November in China (10:00), still 25 November in New York.
        DateBetweenValidator validator = validator("P0D", "P1D");
        assertFalse(validator.isValid(LocalDate.parse("2026-11-25"), null));
        assertTrue(validator.isValid(LocalDate.parse("2026-11-26"), null));
        assertTrue(validator.isValid(LocalDate.parse("2026-11-27"), null));
        assertFalse(validator.isValid(LocalDate.parse("2026-11-28"), null));
    }

    @Test
    void theOffsetSentCountsNotTheWallClock() {
        DateBetweenValidator validator = validator("P0D", "P6M");
        assertTrue(validator.isValid(OffsetDateTime.parse("2027-05-26T09:00+08:00"), null));
        assertFalse(validator.isValid(OffsetDateTime.parse("2027-05-26T09:00-12:00"), null));
        assertTrue(validator.isValid(Instant.parse("2027-01-01T00:00:00Z"), null));
        assertTrue(validator.isValid(null, null));
    }

    @Test
    void anEmptyBoundIsOpen() {
        assertTrue(validator("", "P3Y").isValid(OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), null));
        assertFalse(validator("", "P3Y").isValid(OffsetDateTime.parse("2029-11-27T10:00+08:00"), null));
        assertTrue(validator("-P1Y", "").isValid(LocalDate.parse("9999-12-31"), null));
    }

    private static DateBetweenValidator validator(String from, String to) {
        DateBetweenValidator validator = new DateBetweenValidator(NOW);
        validator.initialize(new DateBetween() {

            @Override
            public Class<? extends Annotation> annotationType() {
                return DateBetween.class;
            }

            @Override
            public String from() {
                return from;
            }

            @Override
            public String to() {
                return to;
            }

            @Override
            public String message() {
                return "";
            }

            @Override
            public Class<?>[] groups() {
                return new Class<?>[0];
            }

            @Override
            @SuppressWarnings("unchecked")
            public Class<? extends Payload>[] payload() {
                return new Class[0];
            }
        });
        return validator;
    }
}
