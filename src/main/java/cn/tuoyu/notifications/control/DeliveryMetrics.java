package cn.tuoyu.notifications.control;

import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import cn.tuoyu.notifications.entity.ChannelKind;
import cn.tuoyu.notifications.entity.DeliveryState;
import cn.tuoyu.notifications.entity.NotificationDelivery;

/**
 * What an operator watches on {@code /metrics?scope=application}: deliveries by channel and state across every
 * instance ({@code tuoyu_notifications_deliveries}, read from the database at most every five seconds), and this
 * instance's counts of deliveries queued, sent and failed by channel ({@code tuoyu_notifications_queued_total},
 * {@code _sent_total}, {@code _failed_total}, {@code _dead_total}).
 */
@ApplicationScoped
public class DeliveryMetrics {

    private static final long FRESH_NANOS = 5_000_000_000L;

    @Inject
    MetricRegistry registry;

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    private Map<ChannelKind, Map<DeliveryState, Long>> counts = Map.of();
    private long readAt;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        for (ChannelKind channel : ChannelKind.values()) {
            for (DeliveryState state : DeliveryState.values()) {
                registry.gauge("tuoyu.notifications.deliveries", this, m -> m.count(channel, state),
                        new Tag("channel", channel.name().toLowerCase()),
                        new Tag("state", state.name().toLowerCase()));
            }
        }
    }

    public void queued(ChannelKind channel) {
        counter("tuoyu.notifications.queued", channel);
    }

    public void sent(ChannelKind channel) {
        counter("tuoyu.notifications.sent", channel);
    }

    public void failed(ChannelKind channel, DeliveryState after) {
        counter("tuoyu.notifications.failed", channel);
        if (after == DeliveryState.DEAD) {
            counter("tuoyu.notifications.dead", channel);
        }
    }

    private void counter(String name, ChannelKind channel) {
        registry.counter(name, new Tag("channel", channel.name().toLowerCase())).inc();
    }

    synchronized long count(ChannelKind channel, DeliveryState state) {
        if (System.nanoTime() - readAt > FRESH_NANOS) {
            try {
                counts = read();
            } catch (RuntimeException unreachable) {
                counts = Map.of(); // the database is away: readiness says so
            }
            readAt = System.nanoTime();
        }
        return counts.getOrDefault(channel, Map.of()).getOrDefault(state, 0L);
    }

    /** Outside a transaction: a read of the current counts, no lock taken. */
    Map<ChannelKind, Map<DeliveryState, Long>> read() {
        Map<ChannelKind, Map<DeliveryState, Long>> read = new EnumMap<>(ChannelKind.class);
        for (Object[] row : em.createNamedQuery(NotificationDelivery.COUNT_BY_CHANNEL_AND_STATE, Object[].class)
                .getResultList()) {
            read.computeIfAbsent((ChannelKind) row[0], k -> new EnumMap<>(DeliveryState.class))
                    .put((DeliveryState) row[1], (Long) row[2]);
        }
        return read;
    }
}
