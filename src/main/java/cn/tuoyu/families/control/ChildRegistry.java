package cn.tuoyu.families.control;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import cn.tuoyu.districts.control.Districts;
import cn.tuoyu.families.entity.Child;
import cn.tuoyu.families.entity.ChildRecord;
import cn.tuoyu.families.entity.GuardianInvitation;
import cn.tuoyu.families.entity.IdentityDocument;
import cn.tuoyu.families.entity.Relation;
import cn.tuoyu.families.entity.Sex;
import cn.tuoyu.platform.persistence.Jdbc;
import cn.tuoyu.platform.time.ChinaTime;

/** Guardians register their children, see, correct and remove them, and invite a second guardian. */
@ApplicationScoped
@Transactional
public class ChildRegistry {

    @Inject
    Clock clock;

    @Inject
    Districts districts;

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    @Inject
    Consents consents;

    @Inject
    IdentityProtection protection;

    @Inject
    RegistrationRefusals refusals;

    @Inject
    Event<ChildrenErased> erasures;

    /** What a guardian registers. */
    public record Registration(String name, Sex sex, LocalDate birthDate, IdentityDocument document,
            String districtCode, Relation relation) {
    }

    /** An invitation for a second guardian: the code is the secret the inviting guardian passes on. */
    public record Invitation(UUID code, UUID childId, Instant expiresAt) {
    }

    /**
     * Registers the child with the caller as its first guardian. A retry by the same guardian returns the child
     * already registered; anyone else registering the same identity number gets 409 and learns nothing more (the same
     * answer a second guardian gets, who needs an invitation). Each such refusal is audited, and a resident refused
     * too often within the hour may not register at all for a while (429, whatever the number). Two registrations of
     * one number racing meet on its unique keyed hash.
     */
    public ChildRecord register(String guardian, Registration registration) {
        consents.requireCurrent(guardian);
        LocalDate today = ChinaTime.today(clock);
        Child.checkFacts(registration.sex(), registration.birthDate(), registration.document(), today);
        IdentityCipher cipher = protection.cipher();
        byte[] hash = cipher.lookupHash(registration.document());
        if (refusals.blocked(guardian)) {
            OptionalLong limited = refusals.limit(guardian, hash);
            if (limited.isPresent()) {
                throw new TooManyRegistrationRefusalsException(limited.getAsLong());
            }
        }
        districts.requireServed(registration.districtCode());
        Optional<Child> existing = byDocumentHash(hash);
        if (existing.isPresent()) {
            if (existing.get().isGuardedBy(guardian)) {
                return existing.get().record();
            }
            throw refused(guardian, hash);
        }
        Child child = new Child(registration.name(), registration.sex(), registration.birthDate(),
                registration.document(), cipher.encrypt(registration.document()), hash, registration.districtCode(),
                guardian, registration.relation(), today, clock.instant());
        try {
            em.persist(child);
            em.flush();
        } catch (PersistenceException e) {
            if (Jdbc.uniqueViolation(e)) {
                throw refused(guardian, hash);
            }
            throw e;
        }
        return child.record();
    }

    /** What a guardian may correct: the identity number stays as registered. */
    public record Correction(String name, Sex sex, LocalDate birthDate) {
    }

    /**
     * A guardian corrects the child's name, sex or birth date; the same rules as at registration apply, checked
     * against the identity number as registered (decrypted only for the check). Other ids: 404.
     */
    public ChildRecord correct(String guardian, UUID childId, Correction correction) {
        consents.requireCurrent(guardian);
        Child child = guarded(guardian, childId);
        child.correct(correction.name(), correction.sex(), correction.birthDate(),
                protection.cipher().decrypt(child.documentKind(), child.documentCipher()), ChinaTime.today(clock));
        return child.record();
    }

    /**
     * A guardian removes a child: as on withdrawal of consent, the other features first close what is open for it
     * ({@link ChildrenErased}), then the child is anonymised irreversibly, for every guardian, in this one
     * transaction. Other ids: 404.
     */
    public void remove(String guardian, UUID childId) {
        consents.requireCurrent(guardian);
        Child child = guarded(guardian, childId);
        erasures.fire(new ChildrenErased(guardian, Set.of(childId), ChildrenErased.CHILD_REMOVED));
        consents.anonymise(child, clock.instant());
    }

    public List<ChildRecord> childrenOf(String guardian) {
        consents.requireCurrent(guardian);
        return em.createNamedQuery(Child.OF_GUARDIAN, Child.class).setParameter("subject", guardian).getResultList()
                .stream().map(Child::record).toList();
    }

    /** The child, if the caller guards it; any other id is simply not found. */
    public ChildRecord childOf(String guardian, UUID childId) {
        consents.requireCurrent(guardian);
        return guarded(guardian, childId).record();
    }

    public Invitation invite(String guardian, UUID childId) {
        consents.requireCurrent(guardian);
        guarded(guardian, childId);
        GuardianInvitation invitation = new GuardianInvitation(childId, guardian, clock.instant());
        em.persist(invitation);
        return new Invitation(invitation.code(), childId, invitation.expiresAt());
    }

    /**
     * The invited resident becomes a guardian; an invitation is accepted once, and only before it expires (two
     * acceptances racing: the invitation is locked, the second finds it used).
     */
    public ChildRecord accept(String resident, UUID code, Relation relation) {
        consents.requireCurrent(resident);
        Instant now = clock.instant();
        GuardianInvitation invitation = em.find(GuardianInvitation.class, code, LockModeType.PESSIMISTIC_WRITE);
        if (invitation == null) {
            throw new InvitationNotFoundException();
        }
        invitation.acceptBy(resident, now);
        Child child = em.find(Child.class, invitation.childId(), LockModeType.PESSIMISTIC_WRITE);
        child.addGuardian(resident, relation, now);
        return child.record();
    }

    /** A recorded child with a keyed hash of its identity number (demo data keeps its children by it). */
    Optional<Child> byDocumentHash(byte[] hash) {
        return em.createNamedQuery(Child.BY_DOCUMENT_HASH, Child.class).setParameter("hash", hash).getResultStream()
                .findFirst();
    }

    /**
     * Audits the refusal (in a transaction of its own, with the number's keyed hash) and picks the answer: 409, or 429
     * once too many.
     */
    private RuntimeException refused(String guardian, byte[] hash) {
        OptionalLong blocked = refusals.refuse(guardian, hash);
        return blocked.isPresent()
                ? new TooManyRegistrationRefusalsException(blocked.getAsLong())
                : new ChildAlreadyRegisteredException();
    }

    /** The child if this resident guards it, in one query (it runs on every claim and booking); 404 otherwise. */
    private Child guarded(String guardian, UUID childId) {
        return em.createNamedQuery(Child.GUARDED, Child.class).setParameter("id", childId)
                .setParameter("subject", guardian).getResultStream().findFirst()
                .orElseThrow(ChildNotFoundException::new);
    }
}
