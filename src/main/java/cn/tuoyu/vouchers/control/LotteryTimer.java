package cn.tuoyu.vouchers.control;

import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Draws the lottery batches that are due and passes expired offers down, every ten seconds on each instance
 * (non-persistent timer): each draw and each pass is decided in the database, so instances running this at once do
 * nothing twice.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LotteryTimer {

    private static final Logger LOG = Logger.getLogger(LotteryTimer.class.getName());

    @Inject
    Clock clock;

    @Inject
    LotteryDraws draws;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void tick() {
        try {
            while (draws.drawOne(clock.instant())) {
                Thread.onSpinWait();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "lottery draw failed; the next run draws again", e);
        }
        try {
            while (draws.passDue(clock.instant()) > 0) {
                Thread.onSpinWait();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "passing lottery offers down failed; the next run retries", e);
        }
    }
}
