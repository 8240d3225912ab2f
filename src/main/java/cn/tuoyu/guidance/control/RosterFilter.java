package cn.tuoyu.guidance.control;

import java.time.LocalDate;

import cn.tuoyu.guidance.entity.VisitState;

/**
 * Roster filters, all optional: sub-district, assigned staff member, China dates (scheduled date, or request date
 * when not scheduled), state, overdue only. Page from 0.
 */
public record RosterFilter(String subDistrict, String staff, LocalDate from, LocalDate to, VisitState state,
        boolean overdueOnly, int page, int size) {
}
