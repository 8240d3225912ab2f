package cn.tuoyu.notifications.control;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import cn.tuoyu.notifications.entity.ChannelKind;
import cn.tuoyu.notifications.entity.Notification;
import cn.tuoyu.notifications.entity.NotificationContact;
import cn.tuoyu.notifications.entity.NotificationDelivery;
import cn.tuoyu.notifications.entity.NotificationPreference;
import cn.tuoyu.platform.persistence.NativeStatements;

/**
 * What other features call to tell people of an event, in their own transaction: the notices and their deliveries
 * are written with the change, so a change that rolls back tells nobody, and the dispatcher sends only what
 * committed. A person gets an event once (the database's unique (event, recipient)); a delivery is written for each
 * outside channel that is on, that the person can be reached on and that their preferences allow.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Notifications {

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Channels channels;

    @Inject
    DeliveryMetrics metrics;

    /** Writes the notice for each recipient (the inbox item) and its deliveries. */
    public void tell(Notice notice) {
        if (notice.to() instanceof Recipients.Phone phone) {
            toNumber(phone.number(), notice);
            return;
        }
        List<String> subjects = recipients(notice.to());
        if (subjects.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Map<String, NotificationContact> contacts = em.createNamedQuery(NotificationContact.BY_SUBJECTS,
                NotificationContact.class).setParameter("subjects", subjects).getResultStream()
                .collect(Collectors.toMap(NotificationContact::subject, Function.identity()));
        for (String subject : subjects) {
            Notification notification = new Notification(subject, notice.kind(), notice.eventKey(), notice.params(),
                    notice.link(), notice.essential(), notice.deadline(), notice.district(), notice.child(), now);
            Query insert = NativeStatements.bound(em, Notification.INSERT_ONCE, notification.insertParameters());
            if (insert.executeUpdate() == 0) {
                continue;
            }
            NotificationContact contact = contacts.get(subject);
            NotificationPreference preference = preference(subject);
            for (ChannelKind channel : ChannelKind.values()) {
                if (contact != null && contact.address(channel) != null && channels.enabled(channel)
                        && preference.wants(channel, notice.essential())) {
                    em.persist(new NotificationDelivery(notification.id(), channel, now));
                    metrics.queued(channel);
                }
            }
        }
    }

    /** Whether SMS is on ({@code app.sms.endpoint} set): a notice to a phone number is then sent, else dropped. */
    public boolean sendsSms() {
        return channels.enabled(ChannelKind.SMS);
    }

    /**
     * A direct SMS: one delivery carrying its number and parameters, no inbox item; none when SMS is off. The database
     * writes it once per (event, number).
     */
    private void toNumber(String number, Notice notice) {
        if (!channels.enabled(ChannelKind.SMS)) {
            return;
        }
        Query insert = NativeStatements.bound(em, NotificationDelivery.INSERT_DIRECT_ONCE,
                NotificationDelivery.directParameters(java.util.UUID.randomUUID(), clock.instant(),
                        number, notice.kind(), notice.eventKey(), notice.params(), notice.deadline(), notice.child()));
        if (insert.executeUpdate() > 0) {
            metrics.queued(ChannelKind.SMS);
        }
    }

    private NotificationPreference preference(String subject) {
        NotificationPreference chosen = em.find(NotificationPreference.class, subject);
        return chosen != null ? chosen : NotificationPreference.everything(subject);
    }

    private List<String> recipients(Recipients to) {
        if (to instanceof Recipients.StaffOf staff) {
            return em.createNamedQuery(NotificationContact.OF_FACILITY, String.class)
                    .setParameter("facility", staff.facilityId()).getResultList();
        }
        return ((Recipients.People) to).subjects().stream().distinct().toList();
    }
}
