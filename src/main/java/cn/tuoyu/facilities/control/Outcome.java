package cn.tuoyu.facilities.control;

/** How a review ends: approved (filed, change applied, deregistered) or refused with reasons. */
public enum Outcome {

    APPROVE, REFUSE;

    public static final String PATTERN = "APPROVE|REFUSE";
}
