package cn.tuoyu.families.entity;

import cn.tuoyu.platform.problems.DomainException;

/** The resident ID's 17th character says another sex than the one given (odd: male, even: female). */
public class SexMismatchException extends DomainException {

    private static final long serialVersionUID = 1L;

    public SexMismatchException() {
        super(422, "sex-mismatch", "Sex does not match the ID",
                "sex: the resident ID's 17th character (odd for male, even for female) says otherwise; check both.");
    }
}
