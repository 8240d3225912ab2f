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
 * Every ten seconds, on every app instance, ends waitlist offers whose hold has run out. Instances do not need to
 * agree: {@link Waitlist#expireOffers} claims rows with SKIP LOCKED and changes only offers still open.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OfferExpiryTimer {

    private static final Logger LOG = Logger.getLogger(OfferExpiryTimer.class.getName());

    @Inject
    Clock clock;

    @Inject
    Waitlist waitlist;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    void expire() {
        try {
            int expired = waitlist.expireOffers(clock.instant());
            if (expired > 0) {
                LOG.info(() -> expired + " waitlist offer(s) expired and passed on");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "waitlist offers not expired this time; retrying at the next tick", e);
        }
    }
}
