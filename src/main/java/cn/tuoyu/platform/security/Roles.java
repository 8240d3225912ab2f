package cn.tuoyu.platform.security;

/** The three realm roles of the {@code childcare} Keycloak realm. */
public final class Roles {
    public static final String RESIDENT = "resident";
    public static final String FACILITY = "facility";
    public static final String HEALTH_COMMISSION = "health-commission";

    private Roles() {
    }
}
