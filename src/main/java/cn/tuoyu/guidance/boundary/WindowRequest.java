package cn.tuoyu.guidance.boundary;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;

import cn.tuoyu.guidance.entity.TimeWindow;
import cn.tuoyu.platform.validation.DateBetween;

/** A time span with explicit offsets: a preferred window, or the time a visit is scheduled for. */
public record WindowRequest(@NotNull @DateBetween(from = "-P7D", to = "P6M") OffsetDateTime start,
        @NotNull @DateBetween(from = "-P7D", to = "P6M") OffsetDateTime end) {

    TimeWindow window() {
        return new TimeWindow(start.toInstant(), end.toInstant());
    }
}
