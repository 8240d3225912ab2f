package cn.tuoyu.guidance.entity;

import java.time.Instant;

/** A span of time: a family's preferred window for a visit, or the time a visit is scheduled for. */
public record TimeWindow(Instant start, Instant end) {
}
