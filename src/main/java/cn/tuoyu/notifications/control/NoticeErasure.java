package cn.tuoyu.notifications.control;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import cn.tuoyu.families.control.ChildrenErased;
import cn.tuoyu.notifications.entity.Notification;
import cn.tuoyu.notifications.entity.NotificationDelivery;

/**
 * When children are erased, their notices leave every inbox with their deliveries, and an SMS about them not yet sent
 * (a pick-up code) is not sent; inside the erasure's transaction. It observes last, so that what other features tell
 * while closing the child's bookings and sessions is removed too.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class NoticeErasure {

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    void forget(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) ChildrenErased erasure) {
        if (erasure.erasedChildren().isEmpty()) {
            return;
        }
        List<?> children = List.copyOf(erasure.erasedChildren());
        em.flush();
        em.createNamedQuery(NotificationDelivery.FORGET_CHILDREN).setParameter("children", children).executeUpdate();
        em.createNamedQuery(Notification.FORGET_CHILDREN).setParameter("children", children).executeUpdate();
    }
}
