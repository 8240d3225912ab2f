package cn.tuoyu.vouchers.entity;

import cn.tuoyu.platform.problems.DomainException;

public class BatchStatusChangeException extends DomainException {

    private static final long serialVersionUID = 1L;

    public BatchStatusChangeException() {
        super(409, "batch-status-change", "Status change not allowed",
                "A batch cannot move to that status from its current one.");
    }
}
