package cn.tuoyu.vouchers.entity;

import cn.tuoyu.platform.problems.DomainException;

public class BatchNotOpenException extends DomainException {

    private static final long serialVersionUID = 1L;

    public BatchNotOpenException() {
        super(422, "batch-not-open", "Not open for claims",
                "This batch is not open for claims now (not published, paused, closed, or outside its claim window).");
    }
}
