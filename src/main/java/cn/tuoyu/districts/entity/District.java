package cn.tuoyu.districts.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A district (县级行政区) the platform serves, in its city, with the resident population its health staff keep
 * (the basis of places per thousand people). Code and name are reference data; only the population changes.
 */
@Entity
@Table(name = "districts")
@NamedQuery(name = District.ALL, query = "SELECT d FROM District d JOIN FETCH d.city ORDER BY d.code")
public class District {

    /** Every district, by code. */
    public static final String ALL = "District.all";

    @Id
    private String code;
    private String name;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "city_code")
    private City city;
    private Integer population;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected District() {
    }

    /** Corrects the population (a census or yearbook figure): at least one person. */
    public void correctPopulation(int people, Instant now) {
        if (people < 1) {
            throw new IllegalArgumentException("a district's population is at least one person");
        }
        population = people;
        updatedAt = now;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String cityCode() {
        return city.code();
    }

    public String cityName() {
        return city.name();
    }

    public Integer population() {
        return population;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
