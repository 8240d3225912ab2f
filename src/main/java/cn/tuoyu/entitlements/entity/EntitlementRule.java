package cn.tuoyu.entitlements.entity;

/**
 * One line of a district's rules: children aged {@code fromMonths} to {@code toMonths} (inclusive, whole months)
 * get {@code sessions} units of {@code kind} per window.
 */
public record EntitlementRule(ServiceKind kind, int fromMonths, int toMonths, int sessions, WindowKind window) {

    public static final int OLDEST_MONTHS = 36;
    public static final int MOST_SESSIONS = 100;

    public EntitlementRule {
        if (kind == null || window == null) {
            throw new InvalidRulesException("each rule names a service kind and a window");
        }
        if (fromMonths < 0 || toMonths > OLDEST_MONTHS || fromMonths > toMonths) {
            throw new InvalidRulesException("age bands lie within 0 to 36 months, from not after to");
        }
        if (sessions < 0 || sessions > MOST_SESSIONS) {
            throw new InvalidRulesException("sessions lie between 0 and 100");
        }
    }

    public boolean covers(int ageInMonths) {
        return ageInMonths >= fromMonths && ageInMonths <= toMonths;
    }

    public boolean overlaps(EntitlementRule other) {
        return kind == other.kind && fromMonths <= other.toMonths && other.fromMonths <= toMonths;
    }
}
