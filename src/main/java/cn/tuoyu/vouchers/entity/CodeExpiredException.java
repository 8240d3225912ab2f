package cn.tuoyu.vouchers.entity;

import cn.tuoyu.platform.problems.DomainException;

public class CodeExpiredException extends DomainException {

    private static final long serialVersionUID = 1L;

    public CodeExpiredException() {
        super(422, "code-expired", "Code expired",
                "This code is more than a minute old. Ask the parent to show the code freshly on their phone.");
    }
}
