package cn.tuoyu.vouchers.control;

import cn.tuoyu.platform.problems.DomainException;

public class InvalidHeaderException extends DomainException {

    private static final long serialVersionUID = 1L;

    public InvalidHeaderException(String header, int maxLength) {
        super(400, "invalid-header", "Invalid header",
                "The " + header + " header must be 1 to " + maxLength + " characters long.");
    }
}
