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
 * Text a person typed and others will read (names, addresses, reasons, notes): no invisible or control characters.
 * Refused: format characters (Unicode category Cf: bidi overrides and isolates such as U+202E, zero-width spaces and
 * joiners, the byte-order mark, soft hyphens), control characters (Cc), line and paragraph separators (Zl, Zp),
 * lone surrogates (Cs) and private-use characters (Co). A {@link #multiline} field also accepts line feed, carriage
 * return and tab. {@code null} is valid (pair with {@code @NotBlank} where the text is required).
 *
 * <p>Why: a right-to-left override makes a name read differently on screen, in the roster and in an export than it
 * was stored, and invisible characters make two different names look the same.
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface PlainText {

    String message() default "must not contain invisible, bidirectional or control characters";

    /** Whether line breaks and tabs are allowed (free text of several lines). */
    boolean multiline() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
