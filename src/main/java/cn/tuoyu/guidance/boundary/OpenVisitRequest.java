package cn.tuoyu.guidance.boundary;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.tuoyu.platform.validation.PlainText;

/** A coordinator opens a visit for a due child, assigned to a staff member (their Keycloak id). */
public record OpenVisitRequest(@NotNull UUID childId, @NotBlank @Size(max = 100) @PlainText String assignee,
        @Size(max = 60) @PlainText String subDistrict) {

    /* explicit canonical constructor: keeps the constraints off constructor parameters (Payara's OpenAPI) */
    public OpenVisitRequest(UUID childId, String assignee, String subDistrict) {
        this.childId = childId;
        this.assignee = assignee;
        this.subDistrict = subDistrict;
    }
}
