package cn.tuoyu.guidance.boundary;

import java.time.OffsetDateTime;

import cn.tuoyu.guidance.entity.TimeWindow;

/** A time span in China time. */
public record WindowView(OffsetDateTime start, OffsetDateTime end) {

    static WindowView of(TimeWindow w) {
        return w == null ? null : new WindowView(Times.china(w.start()), Times.china(w.end()));
    }
}
