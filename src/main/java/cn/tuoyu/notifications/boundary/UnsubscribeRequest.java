package cn.tuoyu.notifications.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The token of an e-mail's unsubscribe link. */
public record UnsubscribeRequest(@NotBlank @Size(max = 400) String token) {
}
