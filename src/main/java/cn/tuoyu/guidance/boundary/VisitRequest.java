package cn.tuoyu.guidance.boundary;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.tuoyu.platform.validation.PlainText;

/** A family's request for a home visit: where (shown only to the assigned staff and coordinators) and when. */
public record VisitRequest(
        @NotNull UUID childId,
        @NotBlank @Size(max = 60) @Pattern(regexp = "[^<>]+") @PlainText String subDistrict,
        @NotBlank @Size(max = 300) @Pattern(regexp = "[^<>]+") @PlainText String address,
        @NotNull @Size(min = 1, max = 5) List<@Valid @NotNull WindowRequest> preferredWindows) {

    /* explicit canonical constructor: keeps the constraints off constructor parameters (Payara's OpenAPI) */
    public VisitRequest(UUID childId, String subDistrict, String address, List<WindowRequest> preferredWindows) {
        this.childId = childId;
        this.subDistrict = subDistrict;
        this.address = address;
        this.preferredWindows = preferredWindows;
    }
}
