package cn.tuoyu.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.junit.jupiter.api.Test;

public class WireTimeTest {

    public record Stamped(Instant at) {
    }

    private final WireTime wire = new WireTime();

    @Test
    void anInstantLeavesInChinaTimeWithItsOffset() {
        String json = wire.getContext(Stamped.class).toJson(new Stamped(Instant.parse("2026-12-31T16:30:00Z")));
        assertEquals("{\"at\":\"2027-01-01T00:30:00+08:00\"}", json);
    }

    @Test
    void anInstantComesInWithAnyOffset() {
        var jsonb = wire.getContext(Stamped.class);
        Instant at = Instant.parse("2026-12-05T10:00:00Z");
        assertEquals(at, jsonb.fromJson("{\"at\":\"2026-12-05T18:00:00+08:00\"}", Stamped.class).at());
        assertEquals(at, jsonb.fromJson("{\"at\":\"2026-12-05T10:00:00Z\"}", Stamped.class).at());
    }
}
