package cn.tuoyu.vouchers.control;

import cn.tuoyu.platform.problems.DomainException;

public class NoChildToWatchForException extends DomainException {

    private static final long serialVersionUID = 1L;

    public NoChildToWatchForException() {
        super(422, "no-child-to-watch-for", "No child to watch batches for",
                "Batches are announced for the districts of the children you guard; register a child first.");
    }
}
