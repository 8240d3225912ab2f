package cn.tuoyu.facilities.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import cn.tuoyu.districts.control.DistrictNotFoundException;
import cn.tuoyu.districts.control.Districts;
import cn.tuoyu.districts.entity.District;
import cn.tuoyu.facilities.entity.Facility;
import cn.tuoyu.facilities.entity.PlacesTarget;
import cn.tuoyu.facilities.entity.Standing;

/**
 * Places per 1,000 residents per district: places of facilities whose filing stands (filed or suspended; revoked
 * and deregistered ones no longer count), divided by the population health staff enter, against the seeds' targets
 * (table {@code places_targets}). Health staff enter the population through the districts feature
 * ({@code PUT /api/districts/{code}/population}), the one owner of that figure.
 */
@ApplicationScoped
@Transactional
public class PlacesReport {

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    @Inject
    Districts districts;

    public List<DistrictPlaces> all() {
        Map<String, Long> places = new HashMap<>();
        for (Object[] row : em.createNamedQuery(Facility.PLACES_PER_DISTRICT, Object[].class)
                .setParameter("standings", List.of(Standing.FILED, Standing.SUSPENDED)).getResultList()) {
            places.put((String) row[0], ((Number) row[1]).longValue());
        }
        Map<String, List<DistrictPlaces.Target>> targets = new HashMap<>();
        for (PlacesTarget t : em.createNamedQuery(PlacesTarget.ALL, PlacesTarget.class).getResultList()) {
            targets.computeIfAbsent(t.districtCode(), k -> new ArrayList<>())
                    .add(new DistrictPlaces.Target(t.targetYear(), t.placesPerThousand(), t.source()));
        }
        List<DistrictPlaces> result = new ArrayList<>();
        for (District district : districts.all()) {
            Integer population = district.population();
            long count = places.getOrDefault(district.code(), 0L);
            BigDecimal perThousand = population == null
                    ? null
                    : BigDecimal.valueOf(count * 1000L).divide(BigDecimal.valueOf(population), 2, RoundingMode.HALF_UP);
            result.add(new DistrictPlaces(district.code(), district.name(), population, count, perThousand,
                    List.copyOf(targets.getOrDefault(district.code(), List.of()))));
        }
        return result;
    }

    public DistrictPlaces one(String district) {
        return all().stream().filter(d -> d.districtCode().equals(district)).findFirst()
                .orElseThrow(DistrictNotFoundException::new);
    }
}
