package cn.tuoyu.entitlements.entity;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One line of a district's rules: children aged {@code fromMonths} to {@code toMonths} (inclusive, whole months)
 * get {@code sessions} units of {@code kind} per window. A value: never changed once published.
 */
@Embeddable
public class EntitlementRule {

    public static final int OLDEST_MONTHS = 36;
    public static final int MOST_SESSIONS = 100;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_kind")
    private ServiceKind kind;
    @Column(name = "age_from_months")
    private int fromMonths;
    @Column(name = "age_to_months")
    private int toMonths;
    private int sessions;
    @Enumerated(EnumType.STRING)
    @Column(name = "window_kind")
    private WindowKind window;

    protected EntitlementRule() {
    }

    public EntitlementRule(ServiceKind kind, int fromMonths, int toMonths, int sessions, WindowKind window) {
        if (kind == null || window == null) {
            throw new InvalidRulesException("each rule names a service kind and a window");
        }
        if (fromMonths < 0 || toMonths > OLDEST_MONTHS || fromMonths > toMonths) {
            throw new InvalidRulesException("age bands lie within 0 to 36 months, from not after to");
        }
        if (sessions < 0 || sessions > MOST_SESSIONS) {
            throw new InvalidRulesException("sessions lie between 0 and 100");
        }
        this.kind = kind;
        this.fromMonths = fromMonths;
        this.toMonths = toMonths;
        this.sessions = sessions;
        this.window = window;
    }

    public boolean covers(int ageInMonths) {
        return ageInMonths >= fromMonths && ageInMonths <= toMonths;
    }

    public boolean overlaps(EntitlementRule other) {
        return kind == other.kind && fromMonths <= other.toMonths && other.fromMonths <= toMonths;
    }

    public ServiceKind kind() {
        return kind;
    }

    public int fromMonths() {
        return fromMonths;
    }

    public int toMonths() {
        return toMonths;
    }

    public int sessions() {
        return sessions;
    }

    public WindowKind window() {
        return window;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EntitlementRule r && kind == r.kind && fromMonths == r.fromMonths
                && toMonths == r.toMonths && sessions == r.sessions && window == r.window;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, fromMonths, toMonths, sessions, window);
    }

    @Override
    public String toString() {
        return kind + " " + fromMonths + "–" + toMonths + " months: " + sessions + " per " + window;
    }
}
