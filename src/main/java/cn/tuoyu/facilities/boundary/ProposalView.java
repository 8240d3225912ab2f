package cn.tuoyu.facilities.boundary;

import java.util.List;

import cn.tuoyu.facilities.entity.FacilityDetails;

/** The record a change application proposes. */
public record ProposalView(String name, String address, String registrationType,
        List<FacilityView.ServiceTypeView> serviceTypes, FacilityView.PlacesView places, boolean affordable,
        boolean demonstration, String qualityGrade, String openingHours, String contactPhone, boolean servesMeals) {

    static ProposalView of(FacilityDetails d) {
        return d == null
                ? null
                : new ProposalView(d.name(), d.address(), d.registrationType().name(),
                        FacilityView.ServiceTypeView.of(d.serviceTypes()), FacilityView.PlacesView.of(d.places()),
                        d.affordable(), d.demonstration(), d.qualityGrade(), d.openingHours(), d.contactPhone(),
                        d.servesMeals());
    }
}
