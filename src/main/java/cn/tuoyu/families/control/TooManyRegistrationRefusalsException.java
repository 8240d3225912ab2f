package cn.tuoyu.families.control;

import java.util.OptionalLong;

import cn.tuoyu.platform.problems.DomainException;

/** The resident was refused too many registrations within the hour; says nothing about any number. */
public class TooManyRegistrationRefusalsException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    public TooManyRegistrationRefusalsException(long retryAfterSeconds) {
        super(429, "registration-attempts-limited", "Too many refused registrations",
                "Too many registrations were refused for this account within an hour. Try again later; if a child "
                        + "is already registered by another guardian, ask them for an invitation.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public OptionalLong retryAfterSeconds() {
        return OptionalLong.of(retryAfterSeconds);
    }
}
