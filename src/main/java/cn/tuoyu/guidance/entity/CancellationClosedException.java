package cn.tuoyu.guidance.entity;

import cn.tuoyu.platform.problems.DomainException;

/** Too late to cancel: The booking cutoff has passed; a booking can no longer be cancelled. */
public class CancellationClosedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public CancellationClosedException() {
        super(422, "cancellation-closed", "Too late to cancel",
                "The booking cutoff has passed; a booking can no longer be cancelled.");
    }
}
