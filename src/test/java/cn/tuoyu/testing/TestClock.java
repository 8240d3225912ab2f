package cn.tuoyu.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import jakarta.json.Json;

import cn.tuoyu.platform.time.ChinaTime;

/**
 * Moves the deployed app's clock ({@code testing/clock/MovableClock}, through {@code /api/test/clock}): a class
 * that has started, an offer or a voucher that ran out, a redemption past its void window are reached by letting
 * time pass, not by rewriting their rows. Time moves only forward from the system time, and
 * {@link AgainstTheApp} puts it back after each test. The tests share one app: moving time also passes other data's
 * deadlines (the timers expire other tests' offers and vouchers), which is why a test moves it no further than its
 * case needs.
 */
public final class TestClock {

    private static final String PATH = "/api/test/clock";
    private final Api api;

    public TestClock(Api api) {
        this.api = api;
    }

    /** The app's "now". */
    public Instant now() {
        return Instant.parse(read(api.get(PATH, null)).now());
    }

    /** Lets this much more time pass for the app; returns its new "now". */
    public Instant advance(Duration by) {
        Duration offset = Duration.parse(read(api.get(PATH, null)).offset());
        return set(offset.plus(by));
    }

    /** Lets the app's time run to this moment (it must be ahead of the app's "now"); returns its new "now". */
    public Instant passTo(Instant at) {
        Duration offset = Duration.parse(read(api.get(PATH, null)).offset());
        Duration ahead = Duration.between(Instant.now().plus(offset), at);
        if (ahead.isNegative()) {
            throw new IllegalArgumentException("time only moves forward: " + at + " has passed");
        }
        return set(offset.plus(ahead));
    }

    /**
     * Lets the app's time run to the next moment its China wall clock reads {@code at} (later today, else tomorrow),
     * e.g. noon for an SMS that must leave at once (quiet hours are 21:00–08:00 China time); returns the new "now".
     */
    public Instant passToNextInChina(LocalTime at) {
        ZonedDateTime now = now().atZone(ChinaTime.ZONE);
        ZonedDateTime next = now.with(at);
        return passTo((next.isAfter(now) ? next : next.plusDays(1)).toInstant());
    }

    /** Back to the system time. */
    public void reset() {
        read(api.delete(PATH, null));
    }

    private Instant set(Duration offset) {
        return Instant.parse(read(api.put(PATH, null, Json.createObjectBuilder().add("offset", offset.toString())
                .build().toString())).now());
    }

    private record Reading(String offset, String now) {
    }

    private static Reading read(Api.Reply reply) {
        assertEquals(200, reply.status(), () -> "the test clock (is it in the deployment?): " + reply);
        return new Reading(reply.json().getString("offset"), reply.json().getString("now"));
    }
}
