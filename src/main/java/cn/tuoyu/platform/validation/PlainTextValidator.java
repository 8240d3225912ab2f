package cn.tuoyu.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PlainText}, code point by code point. */
public class PlainTextValidator implements ConstraintValidator<PlainText, CharSequence> {

    private boolean multiline;

    @Override
    public void initialize(PlainText annotation) {
        multiline = annotation.multiline();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || isPlain(value, multiline);
    }

    /** True when the text has none of the characters {@link PlainText} refuses. */
    public static boolean isPlain(CharSequence text, boolean multiline) {
        return text.codePoints().allMatch(c -> isAllowed(c, multiline));
    }

    private static boolean isAllowed(int codePoint, boolean multiline) {
        if (codePoint == '\n' || codePoint == '\r' || codePoint == '\t') {
            return multiline;
        }
        return switch (Character.getType(codePoint)) {
            case Character.FORMAT, Character.CONTROL, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE, Character.PRIVATE_USE ->
                false;
            default -> true;
        };
    }
}
