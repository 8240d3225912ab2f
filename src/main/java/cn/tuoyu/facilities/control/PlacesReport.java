package cn.tuoyu.facilities.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import cn.tuoyu.districts.control.DistrictNotFoundException;

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

    public List<DistrictPlaces> all() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT d.code, d.name, d.population,
                       COALESCE(SUM(f.places_infant + f.places_toddler + f.places_older + f.places_mixed), 0)
                FROM districts d
                LEFT JOIN facilities f ON f.district_code = d.code AND f.standing IN ('FILED', 'SUSPENDED')
                GROUP BY d.code, d.name, d.population
                ORDER BY d.code""").getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> targetRows = em.createNativeQuery("""
                SELECT district_code, target_year, places_per_thousand, source
                FROM places_targets ORDER BY district_code, target_year""").getResultList();
        Map<String, List<DistrictPlaces.Target>> targets = new LinkedHashMap<>();
        for (Object[] t : targetRows) {
            targets.computeIfAbsent((String) t[0], k -> new ArrayList<>()).add(new DistrictPlaces.Target(
                    ((Number) t[1]).intValue(), new BigDecimal(t[2].toString()), (String) t[3]));
        }
        List<DistrictPlaces> result = new ArrayList<>();
        for (Object[] row : rows) {
            Integer population = row[2] == null ? null : ((Number) row[2]).intValue();
            long places = ((Number) row[3]).longValue();
            BigDecimal perThousand = population == null ? null
                    : BigDecimal.valueOf(places * 1000L).divide(BigDecimal.valueOf(population), 2, RoundingMode.HALF_UP);
            result.add(new DistrictPlaces((String) row[0], (String) row[1], population, places, perThousand,
                    List.copyOf(targets.getOrDefault((String) row[0], List.of()))));
        }
        return result;
    }

    public DistrictPlaces one(String district) {
        return all().stream().filter(d -> d.districtCode().equals(district)).findFirst()
                .orElseThrow(DistrictNotFoundException::new);
    }
}
