package cn.tuoyu.facilities.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A district's target of childcare places per 1,000 residents for a year, with the policy that sets it. */
@Entity
@Table(name = "places_targets")
@IdClass(PlacesTarget.Key.class)
@NamedQuery(name = PlacesTarget.ALL,
        query = "SELECT t FROM PlacesTarget t ORDER BY t.districtCode, t.targetYear")
public class PlacesTarget {

    /** Every target, by district and year. */
    public static final String ALL = "PlacesTarget.all";

    /** The primary key: district and year. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;
        private String districtCode;
        private int targetYear;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(districtCode, k.districtCode) && targetYear == k.targetYear;
        }

        @Override
        public int hashCode() {
            return Objects.hash(districtCode, targetYear);
        }
    }

    @Id
    @Column(name = "district_code")
    private String districtCode;
    @Id
    @Column(name = "target_year")
    private int targetYear;
    @Column(name = "places_per_thousand")
    private BigDecimal placesPerThousand;
    private String source;

    protected PlacesTarget() {
    }

    public String districtCode() {
        return districtCode;
    }

    public int targetYear() {
        return targetYear;
    }

    public BigDecimal placesPerThousand() {
        return placesPerThousand;
    }

    public String source() {
        return source;
    }
}
