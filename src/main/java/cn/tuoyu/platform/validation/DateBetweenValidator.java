package cn.tuoyu.platform.validation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import cn.tuoyu.platform.time.ChinaTime;

/**
 * Checks {@link DateBetween} against the current time in China, read from the app's injected {@link Clock} (the
 * container creates validators as CDI beans), so that a date is judged by the same "now" as the rules behind it.
 */
public class DateBetweenValidator implements ConstraintValidator<DateBetween, Temporal> {

    private Period from;
    private Period to;
    @Inject
    Clock clock;

    public DateBetweenValidator() {
    }

    DateBetweenValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void initialize(DateBetween annotation) {
        from = annotation.from().isEmpty() ? null : Period.parse(annotation.from());
        to = annotation.to().isEmpty() ? null : Period.parse(annotation.to());
    }

    @Override
    public boolean isValid(Temporal value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        if (value instanceof LocalDate date) {
            LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
            return (from == null || !date.isBefore(today.plus(from))) && (to == null || !date.isAfter(today.plus(to)));
        }
        Instant instant;
        if (value instanceof OffsetDateTime time) {
            instant = time.toInstant();
        } else if (value instanceof ZonedDateTime time) {
            instant = time.toInstant();
        } else if (value instanceof Instant time) {
            instant = time;
        } else {
            return false;
        }
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(ChinaTime.ZONE));
        return (from == null || !instant.isBefore(now.plus(from).toInstant()))
                && (to == null || !instant.isAfter(now.plus(to).toInstant()));
    }
}
