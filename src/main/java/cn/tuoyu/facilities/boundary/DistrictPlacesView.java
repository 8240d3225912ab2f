package cn.tuoyu.facilities.boundary;

import java.math.BigDecimal;
import java.util.List;

import cn.tuoyu.facilities.control.DistrictPlaces;

/** Places per 1,000 residents of a district, with the targets of its plan and where each comes from. */
public record DistrictPlacesView(String districtCode, String districtName, Integer population, long places,
        BigDecimal placesPerThousand, List<TargetView> targets) {

    /** A target: places per 1,000 by a year, with its source document and article. */
    public record TargetView(int year, BigDecimal placesPerThousand, String source) {
    }

    static DistrictPlacesView of(DistrictPlaces d) {
        return new DistrictPlacesView(d.districtCode(), d.districtName(), d.population(), d.places(),
                d.placesPerThousand(), d.targets().stream()
                        .map(t -> new TargetView(t.year(), t.placesPerThousand(), t.source())).toList());
    }
}
