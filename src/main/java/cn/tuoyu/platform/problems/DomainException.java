package cn.tuoyu.platform.problems;

/**
 * Base of the unchecked domain exceptions. Each subclass is named after its condition and fixes a status, a stable
 * problem type (its slug) and a title; the detail says what is wrong and what to do, without personal data.
 */
public abstract class DomainException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String slug;
    private final String title;

    protected DomainException(int status, String slug, String title, String detail) {
        // An expected answer, never logged with a trace: not filling one in keeps a refusal as cheap as it should be
        // (a sold-out surge is thousands of them).
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
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

    public String detail() {
        return getMessage();
    }
}
