package cn.tuoyu.notifications.control;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import cn.tuoyu.notifications.entity.Notification;
import cn.tuoyu.platform.web.Page;

/** A person's in-app notices: the list, the unread count, marking read. Only ever the caller's own. */
@ApplicationScoped
@Transactional
public class Inbox {

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    @Inject
    Clock clock;

    public Page<Notification> of(String recipient, int page, int size) {
        return Page.of(em.createNamedQuery(Notification.OF_RECIPIENT, Notification.class)
                .setParameter("recipient", recipient).setFirstResult(page * size).setMaxResults(size)
                .getResultList(), page, size,
                () -> em.createNamedQuery(Notification.COUNT_OF_RECIPIENT, Long.class)
                        .setParameter("recipient", recipient).getSingleResult());
    }

    public long unread(String recipient) {
        return em.createNamedQuery(Notification.COUNT_UNREAD, Long.class).setParameter("recipient", recipient)
                .getSingleResult();
    }

    /** Marks the caller's notice read; another person's is not found. */
    public Notification read(String recipient, UUID id) {
        Notification notice = em.createNamedQuery(Notification.OF_RECIPIENT_BY_ID, Notification.class)
                .setParameter("id", id).setParameter("recipient", recipient).getResultStream().findFirst()
                .orElseThrow(NotificationNotFoundException::new);
        notice.readAt(clock.instant());
        return notice;
    }

    public int readAll(String recipient) {
        return em.createNamedQuery(Notification.READ_ALL).setParameter("recipient", recipient)
                .setParameter("now", clock.instant()).executeUpdate();
    }
}
