package cn.tuoyu.districts.control;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import cn.tuoyu.districts.entity.District;

/** Reads the districts and lets their health staff correct the population. */
@ApplicationScoped
@Transactional
public class Districts {

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    public List<District> all() {
        return em.createNamedQuery(District.ALL, District.class).getResultList();
    }

    public Optional<District> find(String code) {
        return Optional.ofNullable(code == null ? null : em.find(District.class, code));
    }

    public District byCode(String code) {
        return find(code).orElseThrow(DistrictNotFoundException::new);
    }

    /** For a record that names a district (a facility's, a child's): the platform must serve it, or 422. */
    public void requireServed(String code) {
        if (find(code).isEmpty()) {
            throw new UnknownDistrictException();
        }
    }

    /** Health staff set the population of the district they are bound to; any other code is not there for them. */
    public District updatePopulation(String staffDistrict, String code, int population) {
        District district = requireOwn(staffDistrict, code);
        district.correctPopulation(population, clock.instant());
        return district;
    }

    /**
     * Refuses, with the same 404 whether it exists or not, a district other than the one the staff member is bound
     * to; returns the district.
     */
    public District requireOwn(String staffDistrict, String code) {
        if (!code.equals(staffDistrict)) {
            throw new OtherDistrictException();
        }
        return byCode(code);
    }
}
