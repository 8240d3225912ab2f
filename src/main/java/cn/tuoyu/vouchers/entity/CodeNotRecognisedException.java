package cn.tuoyu.vouchers.entity;

import cn.tuoyu.platform.problems.DomainException;

public class CodeNotRecognisedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public CodeNotRecognisedException() {
        super(422, "code-not-recognised", "Code not recognised",
                "This is not a valid voucher code. Ask the parent to show the code again, or type the manual code.");
    }
}
