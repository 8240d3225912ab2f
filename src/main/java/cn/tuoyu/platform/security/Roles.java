package cn.tuoyu.platform.security;

/** The three realm roles of the {@code childcare} Keycloak realm. */
public final class Roles {

    public static final String RESIDENT = "resident";
    public static final String FACILITY = "facility";
    public static final String HEALTH_COMMISSION = "health-commission";
    /** Health staff who also coordinate their district's home-visit roster (assign visits, see every address). */
    public static final String VISIT_COORDINATOR = "visit-coordinator";

    private Roles() {
    }
}
