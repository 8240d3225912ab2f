package cn.tuoyu.facilities.control;

/** A health-commission member taking a decision: who (token subject and name) and for which district. */
public record Reviewer(String subject, String name, String district) {
}
