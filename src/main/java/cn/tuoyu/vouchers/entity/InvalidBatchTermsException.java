package cn.tuoyu.vouchers.entity;

import cn.tuoyu.platform.problems.DomainException;

public class InvalidBatchTermsException extends DomainException {
    private static final long serialVersionUID = 1L;

    public InvalidBatchTermsException(String detail) {
        super(422, "invalid-batch-terms", "Batch terms do not fit together", detail + ".");
    }
}
