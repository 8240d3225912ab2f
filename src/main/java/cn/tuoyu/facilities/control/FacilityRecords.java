package cn.tuoyu.facilities.control;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import cn.tuoyu.districts.control.Districts;
import cn.tuoyu.facilities.entity.Facility;
import cn.tuoyu.facilities.entity.FacilityDetails;

/** Facility records as their staff keep them, and the lookups the other control classes share. */
@ApplicationScoped
@Transactional
public class FacilityRecords {

    @Inject
    Clock clock;

    @Inject
    Districts districts;

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    /** Creates the record under the staff's own facility id, or edits it (filed records: see {@link Facility#edit}). */
    public SavedFacility save(Scope scope, String facilityId, FacilityDetails details) {
        UUID id = parse(facilityId).orElseThrow(FacilityNotFoundException::new);
        if (scope.facilityId() == null || !scope.facilityId().equalsIgnoreCase(id.toString())) {
            throw new FacilityNotFoundException();
        }
        requireDistrict(details.districtCode());
        requireUnusedCreditCode(details.creditCode(), id);
        Instant now = clock.instant();
        Facility facility = em.find(Facility.class, id, LockModeType.PESSIMISTIC_WRITE);
        boolean created = facility == null;
        if (created) {
            facility = new Facility(id, details, now);
            em.persist(facility);
        } else {
            facility.edit(details, now);
        }
        flush("unified social credit code");
        return new SavedFacility(facility, created);
    }

    public Facility visible(Scope scope, String facilityId) {
        Facility facility = find(facilityId).orElseThrow(FacilityNotFoundException::new);
        if (!scope.sees(facility)) {
            throw new FacilityNotFoundException();
        }
        return facility;
    }

    public Optional<Facility> find(String facilityId) {
        return parse(facilityId).map(id -> em.find(Facility.class, id));
    }

    /** The facility, locked for a decision or an application, if the scope allows it. */
    Facility locked(String facilityId, boolean staffOnly, boolean reviewerOnly, Scope scope) {
        UUID id = parse(facilityId).orElseThrow(FacilityNotFoundException::new);
        Facility facility = em.find(Facility.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (facility == null || (staffOnly && !scope.isStaffOf(facility))
                || (reviewerOnly && !scope.reviews(facility)) || !scope.sees(facility)) {
            throw new FacilityNotFoundException();
        }
        return facility;
    }

    void requireDistrict(String code) {
        districts.requireServed(code);
    }

    private void requireUnusedCreditCode(String creditCode, UUID id) {
        Number count = (Number) em.createQuery(
                "SELECT COUNT(f) FROM Facility f WHERE f.creditCode = :code AND f.id <> :id")
                .setParameter("code", creditCode).setParameter("id", id).getSingleResult();
        if (count.intValue() > 0) {
            throw new AlreadyUsedException("unified social credit code");
        }
    }

    /** Writes now, so that a unique constraint lost to a concurrent request is a 409, not a 500. */
    void flush(String what) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (String.valueOf(rootMessage(e)).contains("duplicate key")) {
                throw new AlreadyUsedException(what);
            }
            throw e;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
