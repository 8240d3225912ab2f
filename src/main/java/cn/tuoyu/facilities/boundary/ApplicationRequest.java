package cn.tuoyu.facilities.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import cn.tuoyu.facilities.entity.ApplicationKind;
import cn.tuoyu.facilities.entity.FacilityDetails;

/** Opens an application: FILING, CHANGE (with the proposed record in {@code change}) or DEREGISTRATION. */
public record ApplicationRequest(
        @NotNull @Pattern(regexp = ApplicationKind.PATTERN,
                message = "must be one of " + ApplicationKind.PATTERN) String kind,
        @Valid FacilityRequest change) {

    ApplicationKind toKind() {
        return ApplicationKind.valueOf(kind);
    }

    FacilityDetails toChange() {
        return change == null ? null : change.toDetails();
    }
}
