package cn.tuoyu.platform.problems;

import java.util.List;

/**
 * Base of the unchecked domain exceptions. Each subclass is named after its condition and fixes a status, a stable
 * problem type (its slug) and a title; the detail says what is wrong and what to do, without personal data.
 */
public abstract class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;

    protected DomainException(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, List.of());
    }

    /** A refusal that names the request fields (or items) it concerns, so a form can point at them. */
    protected DomainException(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        // An expected answer, never logged with a trace: not filling one in keeps a refusal as cheap as it should be
        // (a sold-out surge is thousands of them).
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public String detail() {
        return getMessage();
    }

    /** For a refusal that ends by itself (429): the seconds to wait, sent as {@code Retry-After}. */
    public java.util.OptionalLong retryAfterSeconds() {
        return java.util.OptionalLong.empty();
    }
}
