package cn.tuoyu.districts.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A prefecture-level city (地级市), reference data: code and name. */
@Entity
@Table(name = "cities")
public class City {

    @Id
    private String code;
    private String name;

    protected City() {
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }
}
