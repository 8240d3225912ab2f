package cn.tuoyu.platform.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A date or time within a range around now, in China time: no earlier than now plus {@link #from} and no later than
 * now plus {@link #to}, both ISO-8601 periods relative to today ({@code "-P1Y"} a year ago, {@code "P6M"} six months
 * ahead); an empty bound is open (for a date whose other bound follows from a domain rule, e.g. "closes after it
 * opens"). For {@code LocalDate} the bounds are China dates; for {@code OffsetDateTime}, {@code ZonedDateTime} and
 * {@code Instant} the moments. {@code null} is valid (pair with {@code @NotNull}). Each feature's
 * {@code package-info.java} says which bounds its dates have and why.
 */
@Documented
@Constraint(validatedBy = DateBetweenValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface DateBetween {

    /** The earliest allowed value, as a period added to now (negative: in the past); empty: no lower bound. */
    String from() default "";

    /** The latest allowed value, as a period added to now; empty: no upper bound. */
    String to() default "";

    String message() default "is outside the dates allowed here (from today: {from} to {to}, China time)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
