package cn.tuoyu.vouchers.entity;

import java.util.Set;

/** A batch's life: drafted, published (open for claims in its window), paused, closed for good. */
public enum BatchStatus {
    DRAFT, PUBLISHED, PAUSED, CLOSED;

    public boolean mayBecome(BatchStatus next) {
        return switch (this) {
            case DRAFT -> Set.of(PUBLISHED, CLOSED).contains(next);
            case PUBLISHED -> Set.of(PAUSED, CLOSED).contains(next);
            case PAUSED -> Set.of(PUBLISHED, CLOSED).contains(next);
            case CLOSED -> false;
        };
    }
}
