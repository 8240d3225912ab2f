package cn.tuoyu.facilities.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.tuoyu.facilities.entity.StandingAction;
import cn.tuoyu.platform.validation.PlainText;

/** Suspend, reinstate or revoke a filed facility, always with reasons. */
public record StandingRequest(
        @NotNull @Pattern(regexp = StandingAction.PATTERN,
                message = "must be one of " + StandingAction.PATTERN) String action,
        @NotBlank @Size(max = 2000) @PlainText(multiline = true) String reasons) {

    /*
     * An explicit canonical constructor, so that the constraints stay on the fields: Payara 6.2025.10's OpenAPI
     * generator fails on @Size/@Min/@Max/@Positive/@NotBlank on a constructor parameter, where a compact or implicit
     * constructor would copy them.
     */
    public StandingRequest(String action, String reasons) {
        this.action = action;
        this.reasons = reasons;
    }

    StandingAction toAction() {
        return StandingAction.valueOf(action);
    }
}
