package cn.tuoyu.vouchers.control;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import cn.tuoyu.platform.time.ChinaTime;
import cn.tuoyu.vouchers.entity.Redemption;
import cn.tuoyu.vouchers.entity.RedemptionMethod;
import cn.tuoyu.vouchers.entity.VoucherBatch;

/** A facility's redemptions, month by month in China time, newest first. */
@ApplicationScoped
@Transactional
public class RedemptionHistory {

    private static final int MAX_LISTED = 1000;

    /** A line of the history. */
    public record Line(UUID id, UUID voucherId, UUID batchId, String batchName, RedemptionMethod method,
            Instant redeemedAt, Instant voidedAt, String voidReason, boolean atCheckIn) {

        static Line of(Redemption r, VoucherBatch batch) {
            return new Line(r.id(), r.voucherId(), batch.id(), batch.name(), r.method(), r.redeemedAt(), r.voidedAt(),
                    r.voidReason(), r.atCheckIn());
        }
    }

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    public List<Line> of(UUID facilityId, YearMonth month) {
        return em.createNamedQuery(Redemption.HISTORY, Object[].class).setParameter("facility", facilityId)
                .setParameter("from", ChinaTime.startOf(month))
                .setParameter("to", ChinaTime.startOf(month.plusMonths(1)))
                .setMaxResults(MAX_LISTED).getResultList().stream().map(row -> {
                    Redemption r = (Redemption) row[0];
                    return new Line(r.id(), r.voucherId(), (UUID) row[1], (String) row[2], r.method(), r.redeemedAt(),
                            r.voidedAt(), r.voidReason(), r.atCheckIn());
                }).toList();
    }
}
