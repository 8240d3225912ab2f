package cn.tuoyu.guidance.boundary;

import java.time.Instant;
import java.time.OffsetDateTime;

import cn.tuoyu.platform.time.ChinaTime;

/** Times leave in China time (+08:00) and come in with any explicit offset. */
final class Times {

    private Times() {
    }

    static OffsetDateTime china(Instant instant) {
        return instant == null ? null : instant.atZone(ChinaTime.ZONE).toOffsetDateTime();
    }

    static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
