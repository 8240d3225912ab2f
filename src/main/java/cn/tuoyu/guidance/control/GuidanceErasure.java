package cn.tuoyu.guidance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.tuoyu.families.control.ChildrenErased;

/**
 * When children are erased (consent withdrawn, or a child removed by its guardian), closes the guidance still open
 * for them through the same steps as the family's own cancellations, inside the erasure's transaction: waitlist
 * places first (so a seat freed next is not offered to a child being erased), then class bookings (seats offered
 * to the families waiting), then home visits.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class GuidanceErasure {

    @Inject
    Waitlist waitlist;

    @Inject
    ClassBookings bookings;

    @Inject
    HomeVisits visits;

    void closeOpenGuidance(@Observes ChildrenErased withdrawal) {
        if (withdrawal.erasedChildren().isEmpty()) {
            return;
        }
        waitlist.withdrawForErasure(withdrawal.erasedChildren());
        bookings.cancelForErasure(withdrawal.erasedChildren());
        visits.cancelForErasure(withdrawal.erasedChildren());
    }
}
