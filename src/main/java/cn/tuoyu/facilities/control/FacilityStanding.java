package cn.tuoyu.facilities.control;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import cn.tuoyu.facilities.entity.Facility;
import cn.tuoyu.facilities.entity.ServiceType;
import cn.tuoyu.platform.time.ChinaTime;

/**
 * The standing question other features ask (vouchers before a redemption): may this facility redeem today? Yes only
 * when it is filed (filing date reached) and not suspended, revoked or deregistered. Always read from the database
 * (no cache), so a suspension counts from the moment it is committed, on every app instance.
 */
@ApplicationScoped
@Transactional
public class FacilityStanding {

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    /** Whether the facility may redeem vouchers on {@code day} (a day in Asia/Shanghai), given its standing now. */
    public boolean mayRedeem(UUID facilityId, LocalDate day) {
        Facility facility = facilityId == null ? null : em.find(Facility.class, facilityId);
        return facility != null && facility.mayRedeemOn(day);
    }

    /**
     * For a redemption in the caller's transaction: holds the facility's standing until that transaction ends (a
     * suspension committed meanwhile waits for it, one committed before is seen) and answers with the facility if it
     * may redeem on {@code day}; empty if it may not or does not exist.
     */
    public Optional<FacilitySummary> holdForRedemption(UUID facilityId, LocalDate day) {
        em.createNamedQuery(Facility.HOLD_STANDING).setParameter(1, facilityId).getResultList();
        return mayRedeem(facilityId, day) ? lookup(facilityId) : Optional.empty();
    }

    /** {@link #mayRedeem} for today in China. */
    public boolean mayRedeemToday(UUID facilityId) {
        return mayRedeem(facilityId, ChinaTime.today(clock));
    }

    /** The answer for today, for a facility id as it comes in a path; empty if there is no such facility. */
    public Optional<StandingToday> today(String facilityId) {
        return FacilityRecords.parse(facilityId).flatMap(this::lookup)
                .map(f -> new StandingToday(f.id(), f.standing(), mayRedeemToday(f.id())));
    }

    /** Id, name, district, service types and hourly care of a facility, whatever its standing; empty if unknown. */
    public Optional<FacilitySummary> lookup(UUID facilityId) {
        Facility facility = facilityId == null ? null : em.find(Facility.class, facilityId);
        if (facility == null) {
            return Optional.empty();
        }
        return Optional.of(new FacilitySummary(facility.id(), facility.name(), facility.districtCode(),
                facility.serviceTypes(), facility.serviceTypes().contains(ServiceType.HOURLY), facility.standing()));
    }

    /** The names of the district's facilities by id, whatever their standing. */
    public Map<UUID, String> namesInDistrict(String district) {
        Map<UUID, String> names = new HashMap<>();
        for (Object[] row : em.createNamedQuery(Facility.NAMES_IN_DISTRICT, Object[].class)
                .setParameter("district", district).getResultList()) {
            names.put((UUID) row[0], (String) row[1]);
        }
        return names;
    }
}
