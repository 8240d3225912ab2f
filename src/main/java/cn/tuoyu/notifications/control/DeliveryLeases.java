package cn.tuoyu.notifications.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.tuoyu.notifications.entity.ChannelKind;
import cn.tuoyu.notifications.entity.DeliveryState;
import cn.tuoyu.notifications.entity.Notification;
import cn.tuoyu.notifications.entity.NotificationContact;
import cn.tuoyu.notifications.entity.NotificationDelivery;
import cn.tuoyu.notifications.entity.QuietHours;
import cn.tuoyu.notifications.entity.Retries;
import cn.tuoyu.platform.persistence.InstantConverter;
import cn.tuoyu.platform.time.ChinaTime;

/**
 * The dispatcher's two short transactions around each send: {@link #take} leases due deliveries (SKIP LOCKED: each
 * goes to one instance) and commits before anything is sent, so no row lock is held while a server answers;
 * {@link #record} writes the outcome. SMS due in quiet hours is held until morning instead of leased.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class DeliveryLeases {

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    @Inject
    Channels channels;

    @Inject
    DeliveryMetrics metrics;

    @Inject
    UnsubscribeKeys unsubscribe;

    @Inject
    @ConfigProperty(name = "app.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "app.notifications.lease-seconds", defaultValue = "60")
    int leaseSeconds;

    @Inject
    @ConfigProperty(name = "app.notifications.max-attempts", defaultValue = "8")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "app.notifications.backoff-seconds", defaultValue = "30")
    int backoffSeconds;

    @Inject
    @ConfigProperty(name = "app.notifications.backoff-max-seconds", defaultValue = "3600")
    int backoffMaxSeconds;

    @Inject
    @ConfigProperty(name = "app.sms.quiet-start", defaultValue = "21:00")
    String quietStart;

    @Inject
    @ConfigProperty(name = "app.sms.quiet-end", defaultValue = "08:00")
    String quietEnd;

    @Inject
    @ConfigProperty(name = "app.sms.quiet-margin-minutes", defaultValue = "60")
    int quietMarginMinutes;

    /** Leases up to {@code limit} due deliveries and returns them as messages to send. */
    public List<Message> take(Instant now, int limit) {
        List<UUID> ids = em.createNamedQuery(NotificationDelivery.LOCK_DUE).setParameter(1,
                InstantConverter.column(now)).setParameter(2, limit).getResultList().stream().map(id -> (UUID) id)
                .toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<NotificationDelivery> due = em.createNamedQuery(NotificationDelivery.BY_IDS, NotificationDelivery.class)
                .setParameter("ids", ids).getResultList();
        // direct deliveries have no notice; a chunk of only those asks nothing more (an empty IN list is no SQL)
        List<UUID> noticeIds = due.stream().map(NotificationDelivery::notificationId)
                .filter(java.util.Objects::nonNull).distinct().toList();
        Map<UUID, Notification> notices = noticeIds.isEmpty()
                ? Map.of()
                : em.createNamedQuery(Notification.BY_IDS, Notification.class).setParameter("ids", noticeIds)
                        .getResultStream().collect(Collectors.toMap(Notification::id, Function.identity()));
        Map<String, NotificationContact> contacts = notices.isEmpty()
                ? Map.of()
                : em.createNamedQuery(NotificationContact.BY_SUBJECTS, NotificationContact.class).setParameter(
                        "subjects", notices.values().stream().map(Notification::recipient).distinct().toList())
                        .getResultStream().collect(Collectors.toMap(NotificationContact::subject,
                                Function.identity()));
        List<Message> messages = new ArrayList<>();
        for (NotificationDelivery delivery : due) {
            if (delivery.direct()) {
                direct(delivery, now).ifPresent(messages::add);
                continue;
            }
            Notification notice = notices.get(delivery.notificationId());
            NotificationContact contact = contacts.get(notice.recipient());
            String address = contact == null ? null : contact.address(delivery.channel());
            if (address == null || !channels.enabled(delivery.channel())) {
                delivery.abandonAt(now, address == null ? "no address" : "channel off");
                metrics.failed(delivery.channel(), DeliveryState.DEAD);
                continue;
            }
            Optional<Instant> held = delivery.channel() == ChannelKind.SMS
                    ? quietHours().holdUntil(now, notice.deadline())
                    : Optional.empty();
            if (held.isPresent()) {
                delivery.holdUntil(held.get());
                continue;
            }
            delivery.leaseAt(now, lease());
            String locale = contact.locale();
            messages.add(new Message(delivery.id(), delivery.channel(), delivery.messageKey(), address, locale,
                    notice.kind(),
                    notice.title(locale), notice.body(locale), publicUrl + "/#" + (notice.link() == null
                            ? "/"
                            : notice.link()),
                    notice.params(), publicUrl + "/#/unsubscribe?token=" + unsubscribe.tokens().tokenFor(
                            notice.recipient())));
        }
        return messages;
    }

    /**
     * A direct SMS (no inbox item; in Chinese, the language of a person who is no user): leased with its own number and
     * parameters, held in quiet hours unless its deadline would then pass.
     */
    private Optional<Message> direct(NotificationDelivery delivery, Instant now) {
        if (!channels.enabled(delivery.channel())) {
            delivery.abandonAt(now, "channel off");
            metrics.failed(delivery.channel(), DeliveryState.DEAD);
            return Optional.empty();
        }
        Optional<Instant> held = quietHours().holdUntil(now, delivery.deadline());
        if (held.isPresent()) {
            delivery.holdUntil(held.get());
            return Optional.empty();
        }
        delivery.leaseAt(now, lease());
        Map<String, String> params = delivery.params();
        String locale = "zh-CN";
        return Optional.of(new Message(delivery.id(), delivery.channel(), delivery.messageKey(), delivery.toAddress(),
                locale, delivery.kind(), delivery.kind().title(locale), delivery.kind().body(locale, params),
                publicUrl + "/#/", params, null));
    }

    /** The outcome of one attempt: sent ({@code error} null), or failed and retried later or dead. */
    public void record(UUID deliveryId, String error, Instant now) {
        NotificationDelivery delivery = em.find(NotificationDelivery.class, deliveryId,
                LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null) {
            return;
        }
        if (error == null) {
            if (delivery.sentAt(now)) {
                metrics.sent(delivery.channel());
            }
        } else if (delivery.state() == DeliveryState.SENDING) {
            metrics.failed(delivery.channel(), delivery.failedAt(now, error, retries()));
        }
    }

    public Retries retries() {
        return new Retries(maxAttempts, Duration.ofSeconds(backoffSeconds), Duration.ofSeconds(Math.max(
                backoffSeconds, backoffMaxSeconds)));
    }

    QuietHours quietHours() {
        return new QuietHours(LocalTime.parse(quietStart), LocalTime.parse(quietEnd),
                Duration.ofMinutes(quietMarginMinutes), ChinaTime.ZONE);
    }

    private Duration lease() {
        return Duration.ofSeconds(leaseSeconds);
    }

}
