package cn.tuoyu.families.control;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import cn.tuoyu.families.entity.Child;
import cn.tuoyu.families.entity.ChildrenDataConsent;
import cn.tuoyu.families.entity.GuardianInvitation;

/**
 * Guardians' separate consent to the children's-data notice (PIPL art. 29, 31), and its withdrawal, which stops
 * processing and erases the children no consenting guardian is left for.
 */
@ApplicationScoped
@Transactional
public class Consents {

    /** The version of the children's-data notice a guardian must consent to now. */
    public static final String CURRENT_NOTICE_VERSION = "2026-11-v1";

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    @Inject
    Event<ChildrenErased> withdrawals;

    /** A guardian's consent as recorded. */
    public record Consent(String noticeVersion, Instant givenAt) {

        public boolean current() {
            return CURRENT_NOTICE_VERSION.equals(noticeVersion);
        }
    }

    /** The resident's standing consent, read as values: it is asked on every request that touches a child. */
    public Optional<Consent> of(String subject) {
        return em.createNamedQuery(ChildrenDataConsent.STANDING_VERSION, Object[].class)
                .setParameter("subject", subject).getResultStream().findFirst()
                .map(row -> new Consent((String) row[0], (Instant) row[1]));
    }

    /** Throws unless the guardian's consent to the current notice stands. */
    public void requireCurrent(String subject) {
        if (of(subject).filter(Consent::current).isEmpty()) {
            throw new ChildrenDataConsentRequiredException();
        }
    }

    /** Records consent to the current notice; giving it again changes nothing. */
    public Consent give(String subject, String noticeVersion) {
        if (!CURRENT_NOTICE_VERSION.equals(noticeVersion)) {
            throw new OutdatedNoticeException();
        }
        Optional<ChildrenDataConsent> existing = standing(subject);
        if (existing.isPresent() && CURRENT_NOTICE_VERSION.equals(existing.get().noticeVersion())) {
            return new Consent(existing.get().noticeVersion(), existing.get().givenAt());
        }
        Instant now = clock.instant();
        if (existing.isPresent()) {
            existing.get().withdrawAt(now);
            // the consent to an older notice stops standing before the new one is written (one standing per resident)
            em.flush();
        }
        em.persist(new ChildrenDataConsent(subject, noticeVersion, now));
        return new Consent(noticeVersion, now);
    }

    /** A child of the guardian as withdrawal would treat it: erased, or kept for another consenting guardian. */
    public record ChildOnWithdrawal(UUID childId, String maskedName, boolean erased) {
    }

    /**
     * What withdrawing would do now: each child the guardian guards, masked, and whether it would be erased (no
     * other guardian whose consent stands). Needs current consent, like every other read of children's data.
     */
    public List<ChildOnWithdrawal> withdrawalPreview(String subject) {
        requireCurrent(subject);
        List<ChildOnWithdrawal> children = new ArrayList<>();
        for (Child child : guardedBy(subject)) {
            children.add(new ChildOnWithdrawal(child.id(), child.record().maskedName(),
                    !consentingGuardianLeft(child, subject)));
        }
        return children;
    }

    /**
     * Withdraws consent: the guardian no longer guards any child here, and every child left without a guardian
     * whose consent stands is anonymised at once (personal fields and identity number erased irreversibly), after
     * {@link ChildrenErased} has let the other features close what was open for it — all in this one transaction.
     * Withdrawing again changes nothing.
     */
    public void withdraw(String subject) {
        Instant now = clock.instant();
        standing(subject).ifPresent(k -> k.withdrawAt(now));
        Set<UUID> erased = new LinkedHashSet<>();
        List<Child> children = guardedBy(subject);
        for (Child child : children) {
            if (!consentingGuardianLeft(child, subject)) {
                erased.add(child.id());
            }
            child.dropGuardian(subject);
        }
        // the other features' observers read what is written so far in this transaction
        em.flush();
        withdrawals.fire(new ChildrenErased(subject, erased, ChildrenErased.CONSENT_WITHDRAWN));
        for (Child child : children) {
            if (erased.contains(child.id())) {
                anonymise(child, now);
            }
        }
    }

    /** Erases the child irreversibly, with its guardians and open invitations. */
    void anonymise(Child child, Instant now) {
        em.createNamedQuery(GuardianInvitation.DELETE_FOR_CHILD).setParameter("child", child.id()).executeUpdate();
        child.anonymiseAt(now);
    }

    private List<Child> guardedBy(String subject) {
        return em.createNamedQuery(Child.OF_GUARDIAN, Child.class).setParameter("subject", subject).getResultList();
    }

    private boolean consentingGuardianLeft(Child child, String leaving) {
        List<String> others = child.guardianSubjects().stream().filter(s -> !s.equals(leaving)).toList();
        return !others.isEmpty() && !em.createNamedQuery(ChildrenDataConsent.STANDING_FOR, String.class)
                .setParameter("subjects", others).setParameter("version", CURRENT_NOTICE_VERSION).getResultList()
                .isEmpty();
    }

    private Optional<ChildrenDataConsent> standing(String subject) {
        return em.createNamedQuery(ChildrenDataConsent.STANDING, ChildrenDataConsent.class)
                .setParameter("subject", subject).getResultStream().findFirst();
    }
}
