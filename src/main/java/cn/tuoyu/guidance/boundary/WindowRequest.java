package cn.tuoyu.guidance.boundary;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;

import cn.tuoyu.guidance.entity.TimeWindow;

/** A time span with explicit offsets: a preferred window, or the time a visit is scheduled for. */
public record WindowRequest(@NotNull OffsetDateTime start, @NotNull OffsetDateTime end) {

    TimeWindow window() {
        return new TimeWindow(start.toInstant(), end.toInstant());
    }
}
