package cn.tuoyu.notifications.control;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import cn.tuoyu.notifications.entity.NotificationContact;
import cn.tuoyu.platform.persistence.NativeStatements;

/** Keeps where people can be reached, from their verified token, each time they open the app. */
@ApplicationScoped
@Transactional
public class Contacts {

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    @Inject
    Clock clock;

    /** The person's contact as their token says now (phone, e-mail, facility, district) and their language. */
    public NotificationContact capture(String subject, String phone, String email, String locale,
            Optional<String> facilityId, Optional<String> district) {
        NotificationContact contact = new NotificationContact(subject, phone, email, locale,
                facilityId.flatMap(Contacts::uuid).orElse(null), district.filter(d -> d.matches("[0-9]{6}"))
                        .orElse(null),
                clock.instant());
        Query upsert = NativeStatements.bound(em, NotificationContact.UPSERT, contact.upsertParameters());
        upsert.executeUpdate();
        return contact;
    }

    public Optional<NotificationContact> of(String subject) {
        return Optional.ofNullable(em.find(NotificationContact.class, subject));
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
