package cn.tuoyu.families.entity;

import cn.tuoyu.platform.problems.DomainException;

/** The birth date lies after today in China time. */
public class BirthDateInFutureException extends DomainException {

    private static final long serialVersionUID = 1L;

    public BirthDateInFutureException() {
        super(400, "birth-date-in-future", "Invalid birth date", "birthDate: the birth date cannot be in the future.");
    }
}
