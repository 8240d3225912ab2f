package cn.tuoyu.vouchers.entity;

import cn.tuoyu.platform.problems.DomainException;

public class VoidWindowClosedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public VoidWindowClosedException() {
        super(422, "void-window-closed", "Too late to void",
                "A redemption can only be voided shortly after it was made.");
    }
}
