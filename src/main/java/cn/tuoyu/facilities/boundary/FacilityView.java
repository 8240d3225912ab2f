package cn.tuoyu.facilities.boundary;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.tuoyu.facilities.control.Scope;
import cn.tuoyu.facilities.entity.ApplicationKind;
import cn.tuoyu.facilities.entity.Facility;
import cn.tuoyu.facilities.entity.FacilityDetails;
import cn.tuoyu.facilities.entity.Places;
import cn.tuoyu.facilities.entity.ServiceType;
import cn.tuoyu.facilities.entity.StandingAction;

/**
 * A facility's record and standing, as staff and the public directory see it; {@code changesNeedReview}: whether
 * its reviewed fields change only through an application. To staff (absent in the public directory) also what the
 * standing allows them now, so a screen offers exactly that: {@code applications}, the kinds the facility's own
 * staff may open, and {@code actions}, the standing decisions its district's health staff may take.
 */
public record FacilityView(UUID id, String name, String creditCode, String address, String districtCode,
        String registrationType, List<ServiceTypeView> serviceTypes, PlacesView places, boolean affordable,
        boolean demonstration, String qualityGrade, String openingHours, String contactPhone, boolean servesMeals,
        String standing, String filingNumber, LocalDate filedOn, boolean changesNeedReview,
        Set<ApplicationKind> applications, Set<StandingAction> actions) {

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

    /** As the public directory shows it. */
    static FacilityView of(Facility facility) {
        return of(facility, null, null);
    }

    /** As the caller in {@code scope} sees it, with what they may do now. */
    static FacilityView seenBy(Scope scope, Facility facility) {
        return of(facility, scope.applications(facility), scope.standingActions(facility));
    }

    /** As the district's health staff see it: with the standing actions they may take now. */
    static FacilityView forReviewer(Facility facility) {
        return of(facility, null, facility.standing().actions());
    }

    private static FacilityView of(Facility facility, Set<ApplicationKind> applications,
            Set<StandingAction> actions) {
        FacilityDetails d = facility.details();
        return new FacilityView(facility.id(), d.name(), d.creditCode(), d.address(), d.districtCode(),
                d.registrationType().name(), ServiceTypeView.of(d.serviceTypes()), PlacesView.of(d.places()),
                d.affordable(), d.demonstration(), d.qualityGrade(), d.openingHours(), d.contactPhone(),
                d.servesMeals(), facility.standing().name(), facility.filingNumber(), facility.filedOn(),
                facility.standing().changesNeedReview(), applications, actions);
    }
}
