package cn.tuoyu.notifications.control;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import cn.tuoyu.notifications.entity.NotificationPreference;
import cn.tuoyu.platform.persistence.InstantConverter;

/** People's choices of channels and of notices that are not essential. */
@ApplicationScoped
@Transactional
public class Preferences {

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    UnsubscribeKeys unsubscribe;

    public NotificationPreference of(String subject) {
        NotificationPreference chosen = em.find(NotificationPreference.class, subject);
        return chosen != null ? chosen : NotificationPreference.everything(subject);
    }

    public NotificationPreference choose(String subject, boolean email, boolean sms, boolean nonEssential) {
        NotificationPreference preference = locked(subject);
        preference.choose(email, sms, nonEssential, clock.instant());
        return preference;
    }

    /** The e-mail's unsubscribe link: that person's non-essential e-mail off. A forged token changes nothing: 404. */
    public void unsubscribe(String token) {
        String subject = unsubscribe.tokens().subjectOf(token).orElseThrow(UnsubscribeTokenUnknownException::new);
        locked(subject).unsubscribeAt(clock.instant());
    }

    private NotificationPreference locked(String subject) {
        em.createNamedQuery(NotificationPreference.ENSURE).setParameter(1, subject)
                .setParameter(2, InstantConverter.column(clock.instant())).executeUpdate();
        return em.find(NotificationPreference.class, subject, LockModeType.PESSIMISTIC_WRITE);
    }
}
