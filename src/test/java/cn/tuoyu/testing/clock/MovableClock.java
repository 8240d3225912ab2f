package cn.tuoyu.testing.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;

import cn.tuoyu.platform.time.ChinaTime;

/**
 * Test WARs only ({@code testing/Deployments.app()} adds it with ShrinkWrap; {@code ShippedWarIT} proves the shipped
 * WAR has no such class): replaces {@code platform/time/SystemClock} as the one {@link Clock} of the app. It reads the
 * system time plus an offset that {@link TestClockResource} sets, so a test moves "now" for every bean at once,
 * the timers that decide what is due included. The offset is static: control beans and timers hold the clock they
 * were given at injection, and each of those clocks reads the offset at every call.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class MovableClock {

    private static final AtomicReference<Duration> OFFSET = new AtomicReference<>(Duration.ZERO);

    @Produces
    Clock clock() {
        return new Offset(ChinaTime.ZONE);
    }

    static Duration offset() {
        return OFFSET.get();
    }

    static void offset(Duration offset) {
        OFFSET.set(offset);
    }

    /** The system clock moved by the current offset, in a zone. */
    static final class Offset extends Clock {

        private final ZoneId zone;

        Offset(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Offset(other);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(OFFSET.get());
        }
    }
}
