package cn.tuoyu.facilities.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Places by class type (托育机构设置标准（试行）: 乳儿班 6–12 months, 托小班 12–24, 托大班 24–36, and mixed classes).
 * Never negative (also a check constraint on each column).
 */
@Embeddable
public class Places {

    @Column(name = "places_infant")
    private int infant;
    @Column(name = "places_toddler")
    private int toddler;
    @Column(name = "places_older")
    private int older;
    @Column(name = "places_mixed")
    private int mixed;

    protected Places() {
    }

    public Places(int infant, int toddler, int older, int mixed) {
        if (infant < 0 || toddler < 0 || older < 0 || mixed < 0) {
            throw new IllegalArgumentException("places are never negative");
        }
        this.infant = infant;
        this.toddler = toddler;
        this.older = older;
        this.mixed = mixed;
    }

    public int infant() {
        return infant;
    }

    public int toddler() {
        return toddler;
    }

    public int older() {
        return older;
    }

    public int mixed() {
        return mixed;
    }

    public int total() {
        return infant + toddler + older + mixed;
    }

    public boolean sameAs(Places other) {
        return other != null && infant == other.infant && toddler == other.toddler && older == other.older
                && mixed == other.mixed;
    }
}
