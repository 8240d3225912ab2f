package cn.tuoyu.hourlycare.entity;

import java.time.Instant;

/** One slot of a facility's day: when it starts and ends, and when the facility closes that day. */
public record SlotTimes(Instant start, Instant end, Instant closes) {
}
