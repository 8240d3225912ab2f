package cn.tuoyu.notifications.control;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Every two seconds, on every app instance, sends the deliveries that are due, chunk after chunk until none is left
 * (as the voucher-expiry and waitlist-offer timers do; a non-persistent timer). Instances need not agree: each
 * delivery is leased by one of them. A tick that finds the previous one still sending does nothing.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DispatchTimer {

    private static final Logger LOG = Logger.getLogger(DispatchTimer.class.getName());
    private static final int MOST_CHUNKS_PER_TICK = 50;

    private final AtomicBoolean running = new AtomicBoolean();

    @Inject
    Dispatcher dispatcher;

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
    void dispatch() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            for (int i = 0; i < MOST_CHUNKS_PER_TICK && dispatcher.dispatchDue() > 0; i++) {
                Thread.onSpinWait();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "notifications not dispatched this time; retrying at the next tick", e);
        } finally {
            running.set(false);
        }
    }
}
