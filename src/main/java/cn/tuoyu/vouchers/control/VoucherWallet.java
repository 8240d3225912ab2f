package cn.tuoyu.vouchers.control;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import cn.tuoyu.vouchers.entity.RotatingCode;
import cn.tuoyu.vouchers.entity.Voucher;
import cn.tuoyu.vouchers.entity.VoucherBatch;

/** A resident's vouchers and the code to show at the counter. Only the holder sees a voucher (others: 404). */
@ApplicationScoped
@Transactional
public class VoucherWallet {

    /** The code to show now: QR text (rotating), the manual fallback, and when the QR text stops being accepted. */
    public record CurrentCode(UUID voucherId, String text, String manualCode, Instant validUntil) {
    }

    private static final int MAX_LISTED = 200;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    public List<ClaimedVoucher> of(String holder) {
        return em.createNamedQuery(Voucher.OF_HOLDER, Object[].class).setParameter("holder", holder)
                .setMaxResults(MAX_LISTED).getResultList().stream()
                .map(row -> ClaimedVoucher.of((Voucher) row[0], (VoucherBatch) row[1])).toList();
    }

    public ClaimedVoucher one(String holder, UUID voucherId) {
        Voucher voucher = held(holder, voucherId);
        return ClaimedVoucher.of(voucher, em.find(VoucherBatch.class, voucher.batchId()));
    }

    /** The rotating code for now; only for a voucher that can still be redeemed. */
    public CurrentCode code(String holder, UUID voucherId) {
        Voucher voucher = held(holder, voucherId);
        RotatingCode code = voucher.codeAt(clock.instant());
        return new CurrentCode(voucherId, code.text(), voucher.manualCode().display(), code.validUntil());
    }

    private Voucher held(String holder, UUID voucherId) {
        Voucher voucher = em.find(Voucher.class, voucherId);
        if (voucher == null || !voucher.heldBy(holder)) {
            throw new VoucherNotFoundException();
        }
        return voucher;
    }
}
