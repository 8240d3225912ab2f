package cn.tuoyu.districts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class DistrictTest {

    /** A district as JPA builds it from its row (the constructor is for JPA and this package). */
    static District district() {
        return new District();
    }

    @Test
    void aCorrectedPopulationIsKeptWithItsTime() {
        District district = district();
        Instant now = Instant.parse("2026-11-26T08:00:00Z");
        district.correctPopulation(997_000, now);
        assertEquals(997_000, district.population());
        assertEquals(now, district.updatedAt());
    }

    @Test
    void aDistrictHasAtLeastOnePerson() {
        District district = district();
        assertThrows(IllegalArgumentException.class, () -> district.correctPopulation(0, Instant.EPOCH));
        assertNull(district.population());
    }
}
