package cn.tuoyu.families.entity;

import cn.tuoyu.platform.problems.DomainException;

/** The resident ID encodes another birth date than the one given. */
public class BirthDateMismatchException extends DomainException {

    private static final long serialVersionUID = 1L;

    public BirthDateMismatchException() {
        super(400, "birth-date-mismatch", "Birth date does not match the ID",
                "birthDate: the birth date differs from the one in the resident ID; check both.");
    }
}
