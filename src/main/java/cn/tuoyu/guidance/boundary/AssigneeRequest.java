package cn.tuoyu.guidance.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import cn.tuoyu.platform.validation.PlainText;

/** The staff member (Keycloak id) a visit is assigned to. */
public record AssigneeRequest(@NotBlank @Size(max = 100) @PlainText String assignee) {

    /* explicit canonical constructor: keeps the constraints off constructor parameters (Payara's OpenAPI) */
    public AssigneeRequest(String assignee) {
        this.assignee = assignee;
    }
}
