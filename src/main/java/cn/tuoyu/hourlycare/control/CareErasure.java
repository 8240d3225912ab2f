package cn.tuoyu.hourlycare.control;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import cn.tuoyu.families.control.ChildrenErased;
import cn.tuoyu.hourlycare.entity.CareAuditLine.Action;
import cn.tuoyu.hourlycare.entity.CareSession;
import cn.tuoyu.hourlycare.entity.PickupPerson;
import cn.tuoyu.hourlycare.entity.SessionState;

/**
 * When children are erased, closes what hourly care still holds for them, inside the erasure's transaction: each
 * booked session is cancelled whatever the cutoff, its place and its voucher or entitlement unit given back, and the
 * people named to pick the child up are forgotten (their names and numbers are personal data tied to the child). A
 * child in care right now keeps its session until pick-up, with the people who may take it home.
 *
 * <p>
 * This observer runs before the vouchers feature's (a lower priority): the voucher a booking held is first given
 * back, then cancelled with the child's other unused vouchers.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CareErasure {

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    @Inject
    CareBookings bookings;

    @Inject
    CareAudit audit;

    void closeOpenSessions(@Observes @Priority(Interceptor.Priority.APPLICATION) ChildrenErased withdrawal) {
        if (withdrawal.erasedChildren().isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        for (CareSession session : em.createNamedQuery(CareSession.OF_CHILDREN, CareSession.class)
                .setParameter("children", List.copyOf(withdrawal.erasedChildren()))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()) {
            if (session.state() == SessionState.BOOKED) {
                session.withdrawAt(now);
                bookings.giveBack(session);
                audit.record(Action.CANCELLED, session.id(), session.facilityId(), withdrawal.guardian(),
                        withdrawal.cause());
            }
            if (session.state() != SessionState.CHECKED_IN) {
                em.createNamedQuery(PickupPerson.OF_SESSION, PickupPerson.class).setParameter("session", session.id())
                        .getResultList().forEach(em::remove);
            }
        }
    }
}
