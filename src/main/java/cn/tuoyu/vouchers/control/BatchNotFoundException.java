package cn.tuoyu.vouchers.control;

import cn.tuoyu.platform.problems.DomainException;

public class BatchNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public BatchNotFoundException() {
        super(404, "batch-not-found", "No such voucher batch",
                "There is no such voucher batch, or you may not see it.");
    }
}
