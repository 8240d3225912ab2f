package cn.tuoyu.facilities.boundary;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.tuoyu.facilities.entity.Facility;
import cn.tuoyu.facilities.entity.FacilityDetails;
import cn.tuoyu.facilities.entity.Places;
import cn.tuoyu.facilities.entity.ServiceType;
import cn.tuoyu.facilities.entity.StandingAction;

/**
 * A facility's record and standing, as staff and the public directory see it. For the district's health staff also
 * {@code actions}: what the standing allows them to do now (suspend, reinstate, revoke), so a screen offers exactly
 * those (absent elsewhere).
 */
public record FacilityView(UUID id, String name, String creditCode, String address, String districtCode,
        String registrationType, List<ServiceTypeView> serviceTypes, PlacesView places, boolean affordable,
        boolean demonstration, String qualityGrade, String openingHours, String contactPhone, boolean servesMeals,
        String standing, String filingNumber, LocalDate filedOn, Set<StandingAction> actions) {

    /** A service type by its code and its Chinese label. */
    public record ServiceTypeView(String code, String label) {
        static List<ServiceTypeView> of(java.util.Collection<ServiceType> types) {
            return types.stream().sorted(Comparator.naturalOrder())
                    .map(t -> new ServiceTypeView(t.name(), t.label())).toList();
        }
    }

    /** Places by class type and in all. */
    public record PlacesView(int infant, int toddler, int older, int mixed, int total) {
        static PlacesView of(Places p) {
            return new PlacesView(p.infant(), p.toddler(), p.older(), p.mixed(), p.total());
        }
    }

    static FacilityView of(Facility facility) {
        return of(facility, null);
    }

    /** As the district's health staff see it: with the standing actions they may take now. */
    static FacilityView forReviewer(Facility facility) {
        return of(facility, facility.standing().actions());
    }

    private static FacilityView of(Facility facility, Set<StandingAction> actions) {
        FacilityDetails d = facility.details();
        return new FacilityView(facility.id(), d.name(), d.creditCode(), d.address(), d.districtCode(),
                d.registrationType().name(), ServiceTypeView.of(d.serviceTypes()), PlacesView.of(d.places()),
                d.affordable(), d.demonstration(), d.qualityGrade(), d.openingHours(), d.contactPhone(),
                d.servesMeals(), facility.standing().name(), facility.filingNumber(), facility.filedOn(), actions);
    }
}
