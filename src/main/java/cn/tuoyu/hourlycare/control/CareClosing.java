package cn.tuoyu.hourlycare.control;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import cn.tuoyu.entitlements.control.EntitlementLedger;
import cn.tuoyu.entitlements.entity.LedgerReason;
import cn.tuoyu.hourlycare.entity.CareAuditLine.Action;
import cn.tuoyu.hourlycare.entity.CareHours;
import cn.tuoyu.hourlycare.entity.CareSession;
import cn.tuoyu.hourlycare.entity.DistrictCareRule;
import cn.tuoyu.hourlycare.entity.SessionState;
import cn.tuoyu.notifications.entity.NoticeKind;
import cn.tuoyu.platform.persistence.InstantConverter;
import cn.tuoyu.platform.time.ChinaTime;
import cn.tuoyu.vouchers.control.SessionVouchers;

/**
 * What the clock decides: a child still checked in when the facility's closing time plus the district's grace has
 * passed is closed at closing time and flagged for review; a session nobody came to by the end of its slot is a
 * no-show, which uses the voucher or unit up or gives it back as the district's rule says. Safe to run twice and on
 * several instances: each session is locked and its state read again before it changes.
 */
@ApplicationScoped
@Transactional
public class CareClosing {

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    @Inject
    CareRules rules;

    @Inject
    SessionVouchers vouchers;

    @Inject
    EntitlementLedger ledger;

    @Inject
    CareAudit audit;

    @Inject
    CareNotices notices;

    /** Closes what is due at the clock's now; returns how many sessions changed. */
    public int run() {
        Instant now = clock.instant();
        int changed = 0;
        for (UUID id : due(SessionState.CHECKED_IN, now)) {
            CareSession s = em.find(CareSession.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (s.uncollectedAt(now, rule(s).closingGrace())) {
                CareHours hours = s.closeUncollected(rule(s).roundingMinutes());
                if (s.voucherId() != null) {
                    vouchers.recordHours(s.voucherId(), hours.paid());
                }
                audit.record(Action.CLOSED_UNCOLLECTED, id, s.facilityId(), "system", hours.counted() + " h");
                notices.closedUncollected(s);
                changed++;
            }
        }
        for (UUID id : due(SessionState.BOOKED, now)) {
            CareSession s = em.find(CareSession.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (s.state() == SessionState.BOOKED) {
                s.markNoShow();
                boolean consumes = rule(s).noShowConsumes();
                if (s.voucherId() != null) {
                    if (consumes) {
                        vouchers.consume(s.voucherId());
                    } else {
                        vouchers.release(s.voucherId());
                    }
                } else if (consumes) {
                    ledger.consume(s.reservationId());
                } else {
                    ledger.release(s.reservationId(), LedgerReason.NO_SHOW);
                }
                audit.record(Action.NO_SHOW, id, s.facilityId(), "system", consumes ? "consumed" : "returned");
                notices.about(s, NoticeKind.CARE_NO_SHOW, "no-show");
                changed++;
            }
        }
        return changed;
    }

    /**
     * Reminds the families of up to one chunk of sessions starting tomorrow (China's calendar at {@code now}), each
     * marked reminded; rows another instance holds are skipped (SKIP LOCKED). Returns how many.
     */
    public int remindTomorrows(Instant now) {
        LocalDate tomorrow = ChinaTime.dateOf(now).plusDays(1);
        List<?> ids = em.createNamedQuery(CareSession.LOCK_TO_REMIND)
                .setParameter(1, InstantConverter.column(tomorrow.atStartOfDay(ChinaTime.ZONE).toInstant()))
                .setParameter(2, InstantConverter.column(tomorrow.plusDays(1).atStartOfDay(ChinaTime.ZONE)
                        .toInstant()))
                .setParameter(3, 200).getResultList();
        for (Object id : ids) {
            CareSession s = em.find(CareSession.class, id);
            s.remindedAt(now);
            notices.about(s, NoticeKind.CARE_REMINDER, "reminder");
        }
        return ids.size();
    }

    private List<UUID> due(SessionState state, Instant now) {
        return em.createNamedQuery(CareSession.IN_STATE_ENDED_BEFORE, CareSession.class).setParameter("state", state)
                .setParameter("now", now).setMaxResults(200).getResultList().stream().map(CareSession::id).toList();
    }

    private DistrictCareRule rule(CareSession s) {
        return rules.inForce(s.districtCode(), ChinaTime.dateOf(s.startsAt()));
    }
}
