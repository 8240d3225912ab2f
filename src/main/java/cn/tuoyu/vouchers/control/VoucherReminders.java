package cn.tuoyu.vouchers.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.tuoyu.notifications.control.Notice;
import cn.tuoyu.notifications.entity.NoticeKind;
import cn.tuoyu.platform.persistence.InstantConverter;
import cn.tuoyu.vouchers.entity.Voucher;
import cn.tuoyu.vouchers.entity.VoucherBatch;
import cn.tuoyu.vouchers.entity.VoucherState;

/**
 * Tells families that a claimed voucher expires within {@code app.notifications.voucher-expiry-days} (7). Each run
 * locks a chunk of vouchers not yet reminded that no other transaction holds (SKIP LOCKED) and marks them reminded,
 * so every app instance may run it at once; the notice's event key would keep a second reminder from anyone anyway.
 */
@ApplicationScoped
public class VoucherReminders {

    private static final int CHUNK = 200;

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    @Inject
    FamilyNotices notices;

    @Inject
    @ConfigProperty(name = "app.notifications.voucher-expiry-days", defaultValue = "7")
    int expiryDays;

    /** Reminds up to one chunk of vouchers expiring within the configured days of {@code now}; returns how many. */
    @Transactional
    public int remindExpiring(Instant now) {
        List<?> due = em.createNamedQuery(Voucher.LOCK_EXPIRING).setParameter(1, VoucherState.CLAIMED.name())
                .setParameter(2, InstantConverter.column(now))
                .setParameter(3, InstantConverter.column(now.plus(Duration.ofDays(expiryDays))))
                .setParameter(4, CHUNK).getResultList();
        if (due.isEmpty()) {
            return 0;
        }
        List<UUID> ids = due.stream().map(id -> (UUID) id).toList();
        for (Voucher voucher : em.createNamedQuery(Voucher.BY_IDS, Voucher.class).setParameter("ids", ids)
                .getResultList()) {
            voucher.remindedOfExpiryAt(now);
            notices.aboutVoucher(voucher.childId(), em.find(VoucherBatch.class, voucher.batchId()),
                    NoticeKind.VOUCHER_EXPIRING, "voucher-expiring:" + voucher.id(),
                    Map.of("deadline", Notice.chinaTime(voucher.validUntil())));
        }
        return ids.size();
    }
}
