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
 * Runs the expiry, and the reminders of vouchers about to expire, every ten seconds on each instance (non-persistent
 * timer; the work itself is safe to run twice).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class VoucherExpiryTimer {

    private static final Logger LOG = Logger.getLogger(VoucherExpiryTimer.class.getName());

    @Inject
    Clock clock;

    @Inject
    VoucherExpiry expiry;

    @Inject
    VoucherReminders reminders;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void tick() {
        try {
            while (expiry.expireDue(clock.instant()) > 0) {
                Thread.onSpinWait();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "voucher expiry run failed; the next run retries", e);
        }
        try {
            while (reminders.remindExpiring(clock.instant()) > 0) {
                Thread.onSpinWait();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "voucher expiry reminders failed; the next run retries", e);
        }
    }
}
