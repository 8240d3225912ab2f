package cn.tuoyu.guidance.entity;

/**
 * A visit on the district's roster with what staff may see of the child: masked name and age in months today, or,
 * once the child has been anonymised, only that (age null).
 */
public record RosterEntry(HomeVisit visit, String maskedName, Integer ageInMonths, boolean anonymised) {
}
