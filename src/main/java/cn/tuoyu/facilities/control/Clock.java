package cn.tuoyu.facilities.control;

import java.time.LocalDate;
import java.time.ZoneId;

/** Business days are days in China (Asia/Shanghai), whatever the server's zone. */
public final class Clock {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private Clock() {
    }

    public static LocalDate today() {
        return LocalDate.now(CHINA);
    }
}
