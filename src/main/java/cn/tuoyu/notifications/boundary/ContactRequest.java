package cn.tuoyu.notifications.boundary;

import jakarta.validation.constraints.Pattern;

/** The language the person uses the app in; the addresses come from their token. */
public record ContactRequest(@Pattern(regexp = "zh-CN|en") String locale) {
}
