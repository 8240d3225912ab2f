package cn.tuoyu.notifications.boundary;

import jakarta.validation.constraints.NotNull;

/** The caller's choices: e-mail, SMS, and notices that are not essential. */
public record PreferencesRequest(@NotNull Boolean email, @NotNull Boolean sms, @NotNull Boolean nonEssential) {
}
