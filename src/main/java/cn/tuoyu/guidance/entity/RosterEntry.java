package cn.tuoyu.guidance.entity;

/** A visit on the district's roster with what staff may see of the child (masked name, age in months today). */
public record RosterEntry(HomeVisit visit, String maskedName, int ageInMonths) {
}
