package cn.tuoyu.entitlements.boundary;

import java.time.LocalDate;

import cn.tuoyu.entitlements.control.Entitlement;

/** What remains of one service in the current window, until when, and the rule that grants it. */
public record EntitlementView(String serviceKind, int granted, int used, int remaining, String window,
        LocalDate windowStart, LocalDate validUntil, RuleView grantedBy) {

    /** The rule line and version behind an entitlement. */
    public record RuleView(String districtCode, int version, LocalDate effectiveFrom, int ageFromMonths,
            int ageToMonths, int sessions, String window) {
    }

    static EntitlementView of(Entitlement e) {
        return new EntitlementView(e.rule().kind().name(), e.rule().sessions(), e.used(), e.remaining(),
                e.window().kind().name(), e.window().start(), e.window().lastDay(),
                new RuleView(e.version().districtCode(), e.version().version(), e.version().effectiveFrom(),
                        e.rule().fromMonths(), e.rule().toMonths(), e.rule().sessions(), e.rule().window().name()));
    }
}
