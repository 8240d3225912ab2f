package cn.tuoyu.guidance.control;

import cn.tuoyu.guidance.entity.HomeVisit;

/**
 * A visit on the district's roster as the caller may see it: the address only for its assignee and coordinators (null
 * otherwise), whether it is overdue, and what staff may see of the child: masked name and age in months today, or,
 * once the child has been anonymised, only that (age null).
 */
public record RosterEntry(HomeVisit visit, String address, boolean overdue, String maskedName, Integer ageInMonths,
        boolean anonymised) {
}
