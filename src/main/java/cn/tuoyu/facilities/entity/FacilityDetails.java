package cn.tuoyu.facilities.entity;

import java.util.Set;

/**
 * What a facility declares about itself: the record its staff keep before filing, and the proposal of a change
 * application after it. Validated at the boundary; the entity decides which fields may change without review.
 */
public record FacilityDetails(String name, String creditCode, String address, String districtCode,
        RegistrationType registrationType, Set<ServiceType> serviceTypes, int placesInfant, int placesToddler,
        int placesOlder, int placesMixed, boolean affordable, boolean demonstration, String qualityGrade,
        String openingHours, String contactPhone, boolean servesMeals) {

    public FacilityDetails {
        serviceTypes = Set.copyOf(serviceTypes);
    }

    public Places places() {
        return new Places(placesInfant, placesToddler, placesOlder, placesMixed);
    }
}
