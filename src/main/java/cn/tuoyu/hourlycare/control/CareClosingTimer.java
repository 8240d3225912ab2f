package cn.tuoyu.hourlycare.control;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Runs {@link CareClosing} every ten seconds on each instance (non-persistent timer; the work is safe to run twice):
 * closes what is due and reminds families of tomorrow's sessions, both at the injected clock's now.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CareClosingTimer {

    private static final Logger LOG = Logger.getLogger(CareClosingTimer.class.getName());

    @Inject
    CareClosing closing;

    @Inject
    java.time.Clock clock;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void tick() {
        try {
            closing.run();
            // one chunk a transaction, until tomorrow's sessions are all reminded
            int reminded;
            do {
                reminded = closing.remindTomorrows(clock.instant());
            } while (reminded > 0);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "hourly-care closing run failed; the next run retries", e);
        }
    }
}
