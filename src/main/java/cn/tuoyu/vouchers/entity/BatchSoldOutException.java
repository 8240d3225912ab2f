package cn.tuoyu.vouchers.entity;

import cn.tuoyu.platform.problems.DomainException;

public class BatchSoldOutException extends DomainException {

    private static final long serialVersionUID = 1L;

    public BatchSoldOutException() {
        super(409, "batch-sold-out", "Sold out", "Every voucher of this batch has been claimed.");
    }
}
