package cn.tuoyu.vouchers.entity;

import cn.tuoyu.platform.problems.DomainException;

public class BatchClosedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public BatchClosedException() {
        super(409, "batch-closed", "Batch closed", "A closed batch keeps its quantity; it can no longer be changed.");
    }
}
