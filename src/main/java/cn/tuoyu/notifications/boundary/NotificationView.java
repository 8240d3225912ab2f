package cn.tuoyu.notifications.boundary;

import java.time.Instant;
import java.util.UUID;

import cn.tuoyu.notifications.entity.Notification;

/** One inbox item in the reader's language. */
public record NotificationView(UUID id, String kind, String title, String body, String link, Instant createdAt,
        Instant readAt, boolean essential) {

    static NotificationView of(Notification n, String locale) {
        return new NotificationView(n.id(), n.kind().name(), n.title(locale), n.body(locale), n.link(), n.createdAt(),
                n.readAt(), n.essential());
    }
}
