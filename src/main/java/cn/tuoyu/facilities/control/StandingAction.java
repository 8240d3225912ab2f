package cn.tuoyu.facilities.control;

/** What health staff may do to a filed facility's standing outside an application. */
public enum StandingAction {
    SUSPEND,
    REINSTATE,
    REVOKE;

    public static final String PATTERN = "SUSPEND|REINSTATE|REVOKE";
}
