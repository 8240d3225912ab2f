package cn.tuoyu.vouchers.entity;

import java.util.List;

/** A batch's life: drafted, published (open for claims in its window), paused, closed for good. */
public enum BatchStatus {

    DRAFT, PUBLISHED, PAUSED, CLOSED;

    public boolean mayBecome(BatchStatus next) {
        return next().contains(next);
    }

    /** Whether staff may still change the batch's quantity: until it is closed. */
    public boolean mayResize() {
        return this != CLOSED;
    }

    /** The statuses this one may become, in the order a screen offers them (closing last). */
    public List<BatchStatus> next() {
        return switch (this) {
            case DRAFT -> List.of(PUBLISHED, CLOSED);
            case PUBLISHED -> List.of(PAUSED, CLOSED);
            case PAUSED -> List.of(PUBLISHED, CLOSED);
            case CLOSED -> List.of();
        };
    }
}
