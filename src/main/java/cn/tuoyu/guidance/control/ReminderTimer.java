package cn.tuoyu.guidance.control;

import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Every ten seconds, on every app instance, reminds families of tomorrow's classes and home visits. Instances do not
 * need to agree: {@link Reminders} claims rows with SKIP LOCKED and passes over those already reminded.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderTimer {

    private static final Logger LOG = Logger.getLogger(ReminderTimer.class.getName());

    @Inject
    Clock clock;

    @Inject
    Reminders reminders;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    void remind() {
        try {
            while (reminders.remindClasses(clock.instant()) > 0) {
                Thread.onSpinWait();
            }
            while (reminders.remindVisits(clock.instant()) > 0) {
                Thread.onSpinWait();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "reminders not written this time; retrying at the next tick", e);
        }
    }
}
