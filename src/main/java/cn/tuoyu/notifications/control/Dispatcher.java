package cn.tuoyu.notifications.control;

import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends what is due, on every app instance: leases a chunk (committed), sends each message outside any transaction
 * through its channel, records each outcome. An instance killed between sending and recording leaves a lease that
 * runs out; another instance then sends again with the same key, which the receiver can tell.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());

    @Inject
    Clock clock;

    @Inject
    DeliveryLeases leases;

    @Inject
    Channels channels;

    @Inject
    @ConfigProperty(name = "app.notifications.chunk", defaultValue = "20")
    int chunk;

    /** Sends one chunk of due deliveries; returns how many were taken. */
    public int dispatchDue() {
        List<Message> taken = leases.take(clock.instant(), chunk);
        for (Message message : taken) {
            String error = null;
            try {
                channels.of(message.channel()).orElseThrow().send(message);
            } catch (DeliveryFailedException e) {
                error = e.getMessage();
            } catch (RuntimeException e) {
                error = "unexpected: " + e.getClass().getSimpleName();
                LOG.log(Level.WARNING, "delivery " + message.deliveryId() + " failed unexpectedly", e);
            }
            leases.record(message.deliveryId(), error, clock.instant());
        }
        return taken.size();
    }
}
