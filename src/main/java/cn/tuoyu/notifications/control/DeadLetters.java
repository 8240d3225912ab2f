package cn.tuoyu.notifications.control;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import cn.tuoyu.notifications.entity.DeliveryState;
import cn.tuoyu.notifications.entity.Notification;
import cn.tuoyu.notifications.entity.NotificationDelivery;
import cn.tuoyu.platform.web.Page;

/** Deliveries that used their last attempt, for the health staff of the notice's district to see and retry. */
@ApplicationScoped
@Transactional
public class DeadLetters {

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    @Inject
    Clock clock;

    /** A dead delivery with its notice. */
    public record DeadLetter(NotificationDelivery delivery, Notification notice) {
    }

    public Page<DeadLetter> ofDistrict(String district, int page, int size) {
        return Page.of(em.createNamedQuery(NotificationDelivery.DEAD_OF_DISTRICT, Object[].class)
                .setParameter("district", district).setParameter("dead", DeliveryState.DEAD)
                .setFirstResult(page * size).setMaxResults(size).getResultStream()
                .map(row -> new DeadLetter((NotificationDelivery) row[0], (Notification) row[1])).toList(), page,
                size, () -> em.createNamedQuery(NotificationDelivery.COUNT_DEAD_OF_DISTRICT, Long.class)
                        .setParameter("district", district).setParameter("dead", DeliveryState.DEAD)
                        .getSingleResult());
    }

    /** Queues the district's dead delivery again with every attempt; another district's is not found. */
    public NotificationDelivery retry(String district, UUID id) {
        NotificationDelivery delivery = em.createNamedQuery(NotificationDelivery.OF_DISTRICT_BY_ID,
                NotificationDelivery.class).setParameter("id", id).setParameter("district", district)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(NotificationNotFoundException::new);
        delivery.retryAt(clock.instant());
        return delivery;
    }
}
