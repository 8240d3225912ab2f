package cn.tuoyu.platform.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import cn.tuoyu.platform.time.ChinaTime;

/**
 * One time format on the wire: every instant in a JSON answer leaves as an ISO 8601 time in China time with its offset
 * ({@code 2026-12-05T18:00:00+08:00}), whichever feature's view holds it, and an instant in a request may come with
 * any explicit offset ({@code Z} included).
 */
@Provider
public class WireTime implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withAdapters(new InstantInChinaTime()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** An instant written in China time with its offset; read from any offset. */
    public static final class InstantInChinaTime implements JsonbAdapter<Instant, String> {

        @Override
        public String adaptToJson(Instant instant) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(ChinaTime.ZONE));
        }

        @Override
        public Instant adaptFromJson(String text) {
            return OffsetDateTime.parse(text).toInstant();
        }
    }
}
