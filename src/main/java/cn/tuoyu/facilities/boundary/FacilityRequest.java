package cn.tuoyu.facilities.boundary;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import cn.tuoyu.facilities.entity.FacilityDetails;
import cn.tuoyu.facilities.entity.RegistrationType;
import cn.tuoyu.facilities.entity.ServiceType;
import cn.tuoyu.platform.validation.PlainText;

/**
 * A facility's record as its staff send it. Service types by name ({@code HOURLY}) or label ({@code 计时托});
 * registration type {@code PUBLIC_NON_PROFIT}, {@code PRIVATE_NON_PROFIT} or {@code FOR_PROFIT}.
 */
public record FacilityRequest(
        @NotBlank @Size(max = 200) @PlainText String name,
        @NotNull @ValidCreditCode String creditCode,
        @NotBlank @Size(max = 300) @PlainText String address,
        @NotNull @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit district code") String districtCode,
        @NotNull @Pattern(regexp = RegistrationType.PATTERN,
                message = "must be one of " + RegistrationType.PATTERN) String registrationType,
        @NotEmpty @Size(max = 4) List<@NotNull @Pattern(regexp = ServiceType.PATTERN,
                message = "must be one of " + ServiceType.PATTERN) String> serviceTypes,
        @NotNull @Valid PlacesRequest places,
        boolean affordable,
        boolean demonstration,
        @Size(max = 20) @PlainText String qualityGrade,
        @Size(max = 200) @PlainText String openingHours,
        @Pattern(regexp = "[0-9+() -]{5,20}", message = "must be a phone number") String contactPhone,
        boolean servesMeals) {

    /*
     * An explicit canonical constructor, so that the constraints stay on the fields: Payara 6.2025.10's OpenAPI
     * generator fails on @Size/@Min/@Max/@Positive/@NotBlank on a constructor parameter, where a compact or implicit
     * constructor would copy them.
     */
    public FacilityRequest(String name, String creditCode, String address, String districtCode,
            String registrationType, List<String> serviceTypes, PlacesRequest places, boolean affordable,
            boolean demonstration, String qualityGrade, String openingHours, String contactPhone, boolean servesMeals) {
        this.name = name;
        this.creditCode = creditCode;
        this.address = address;
        this.districtCode = districtCode;
        this.registrationType = registrationType;
        this.serviceTypes = serviceTypes;
        this.places = places;
        this.affordable = affordable;
        this.demonstration = demonstration;
        this.qualityGrade = qualityGrade;
        this.openingHours = openingHours;
        this.contactPhone = contactPhone;
        this.servesMeals = servesMeals;
    }

    /** Places by class type: 乳儿班 (infant), 托小班 (toddler), 托大班 (older), mixed. */
    public record PlacesRequest(
            @NotNull @PositiveOrZero Integer infant,
            @NotNull @PositiveOrZero Integer toddler,
            @NotNull @PositiveOrZero Integer older,
            @NotNull @PositiveOrZero Integer mixed) {

        public PlacesRequest(Integer infant, Integer toddler, Integer older, Integer mixed) {
            this.infant = infant;
            this.toddler = toddler;
            this.older = older;
            this.mixed = mixed;
        }
    }

    FacilityDetails toDetails() {
        return new FacilityDetails(name.strip(), creditCode, address.strip(), districtCode,
                RegistrationType.valueOf(registrationType),
                serviceTypes.stream().map(t -> ServiceType.parse(t).orElseThrow()).collect(Collectors.toSet()),
                places.infant(), places.toddler(), places.older(), places.mixed(), affordable, demonstration,
                blankToNull(qualityGrade), blankToNull(openingHours), blankToNull(contactPhone), servesMeals);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
