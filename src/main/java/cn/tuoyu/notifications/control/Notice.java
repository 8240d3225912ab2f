package cn.tuoyu.notifications.control;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import cn.tuoyu.notifications.entity.NoticeKind;

/**
 * What a feature tells people: the kind, a key naming the event (the same event told twice reaches nobody twice, e.g.
 * {@code booking-confirmed:<booking id>}), the template parameters (masked child name, China times, class, facility or
 * batch name; never an identity number or an address), the app route it links to (e.g. {@code /bookings}), whether it
 * is essential, its deadline if it has one (an SMS then goes even at night when morning would be too late), the
 * district whose staff may see its dead letters, and the child it is about, if any: when that child is erased, the
 * notice leaves every inbox (the id is never shown).
 */
public record Notice(Recipients to, NoticeKind kind, String eventKey, Map<String, String> params, String link,
        boolean essential, Instant deadline, String district, UUID child) {

    /** A notice about no child (a facility's filing, a batch opening). */
    public Notice(Recipients to, NoticeKind kind, String eventKey, Map<String, String> params, String link,
            boolean essential, Instant deadline, String district) {
        this(to, kind, eventKey, params, link, essential, deadline, district, null);
    }

    public Notice {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        if (eventKey == null || eventKey.isBlank() || eventKey.length() > 200) {
            throw new IllegalArgumentException("an event key of 1-200 characters is required");
        }
        params = Map.copyOf(params == null ? Map.of() : params);
        NoticeKind.checkParameters(params);
    }

    private static final java.time.format.DateTimeFormatter MINUTE = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm");

    /** A time as notices show it: China time to the minute ({@code 2026-12-06 09:30}). */
    public static String chinaTime(Instant at) {
        return MINUTE.format(at.atZone(cn.tuoyu.platform.time.ChinaTime.ZONE));
    }
}
