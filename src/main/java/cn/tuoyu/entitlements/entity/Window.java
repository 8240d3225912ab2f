package cn.tuoyu.entitlements.entity;

import java.time.LocalDate;

/** The China-time dates over which an entitlement's count applies: from {@code start} until before {@code end}. */
public record Window(WindowKind kind, LocalDate start, LocalDate end) {

    public Window {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a window ends after it starts");
        }
    }

    /** The last day inside the window. */
    public LocalDate lastDay() {
        return end.minusDays(1);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && day.isBefore(end);
    }
}
