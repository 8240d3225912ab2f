package cn.tuoyu.facilities.control;

import java.math.BigDecimal;
import java.util.List;

/**
 * Childcare places per 1,000 residents (千人托位数) of a district: places of its filed facilities, its population,
 * the ratio (null while the population is unknown) and the targets its plan sets, each with its source.
 */
public record DistrictPlaces(String districtCode, String districtName, Integer population, long places,
        BigDecimal placesPerThousand, List<Target> targets) {

    /** A target of the district's plan: places per 1,000 by a year, and the document and article that set it. */
    public record Target(int year, BigDecimal placesPerThousand, String source) {
    }
}
