package cn.tuoyu.facilities.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.tuoyu.facilities.control.StandingAction;

/** Suspend, reinstate or revoke a filed facility, always with reasons. */
public record StandingRequest(
        @NotNull @Pattern(regexp = StandingAction.PATTERN, message = "must be one of " + StandingAction.PATTERN)
        String action,
        @NotBlank @Size(max = 2000) String reasons) {

    StandingAction toAction() {
        return StandingAction.valueOf(action);
    }
}
