package cn.tuoyu.hourlycare.entity;

import cn.tuoyu.platform.problems.DomainException;

public class CancellationClosedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public CancellationClosedException() {
        super(409, "care-cancel-cutoff-passed", "Too late to cancel",
                "The district's cancellation cutoff for this session has passed.");
    }
}
