package cn.tuoyu.families.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import cn.tuoyu.families.entity.RegistrationRefusal;
import cn.tuoyu.families.entity.RegistrationRefusal.Outcome;

/**
 * Refused registrations of an identity number another family holds: each is written to
 * {@code registration_refusals} (who, when, the number's keyed hash — never the number) in a transaction of its
 * own, so the row stays although the registration rolls back; and a resident refused {@link #PER_HOUR} times within
 * an hour is refused any registration until the oldest of those leaves the hour (429). Counted under a per-subject
 * advisory lock in PostgreSQL, so the limit holds across instances and concurrent requests.
 */
@ApplicationScoped
public class RegistrationRefusals {

    static final int PER_HOUR = 5;
    private static final Duration HOUR = Duration.ofHours(1);

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    /** A cheap first look, in the caller's transaction: whether the resident has used up their refusals. */
    @Transactional
    public boolean blocked(String subject) {
        return blockedFor(subject, clock.instant()).isPresent();
    }

    /**
     * Before anything is looked up: when the resident has used up their refusals of the hour, records this attempt as
     * rate-limited and answers the seconds to wait; otherwise records nothing.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public OptionalLong limit(String subject, byte[] documentHash) {
        return record(subject, documentHash, false);
    }

    /**
     * Records a refusal and answers whether it is one too many: then it is recorded as rate-limited and the answer
     * holds the seconds to wait.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public OptionalLong refuse(String subject, byte[] documentHash) {
        return record(subject, documentHash, true);
    }

    private OptionalLong record(String subject, byte[] documentHash, boolean refused) {
        em.createNamedQuery(RegistrationRefusal.LOCK_SUBJECT).setParameter(1, subject).getResultList();
        Instant now = clock.instant();
        OptionalLong blocked = blockedFor(subject, now);
        if (blocked.isEmpty() && !refused) {
            return blocked;
        }
        em.persist(new RegistrationRefusal(subject, documentHash,
                blocked.isPresent() ? Outcome.RATE_LIMITED : Outcome.REFUSED, now));
        return blocked;
    }

    /** The seconds until the oldest refusal of the hour leaves it, when there were {@link #PER_HOUR} or more. */
    private OptionalLong blockedFor(String subject, Instant now) {
        List<Instant> refused = em.createNamedQuery(RegistrationRefusal.SINCE, Instant.class)
                .setParameter("subject", subject).setParameter("refused", Outcome.REFUSED)
                .setParameter("since", now.minus(HOUR)).getResultList();
        if (refused.size() < PER_HOUR) {
            return OptionalLong.empty();
        }
        Instant oldest = refused.get(0);
        long seconds = (long) Math.ceil(Duration.between(now, oldest.plus(HOUR)).toMillis() / 1000.0);
        return OptionalLong.of(Math.max(1, seconds));
    }
}
