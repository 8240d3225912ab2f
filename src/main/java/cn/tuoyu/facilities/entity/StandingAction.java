package cn.tuoyu.facilities.entity;

/** What health staff may do to a filed facility's standing outside an application, and the standing it leads to. */
public enum StandingAction {

    SUSPEND(Standing.SUSPENDED), REINSTATE(Standing.FILED), REVOKE(Standing.REVOKED);

    public static final String PATTERN = "SUSPEND|REINSTATE|REVOKE";

    private final Standing result;

    StandingAction(Standing result) {
        this.result = result;
    }

    /** The standing after this action, where the standing before allows it ({@link Standing#actions()}). */
    public Standing result() {
        return result;
    }
}
