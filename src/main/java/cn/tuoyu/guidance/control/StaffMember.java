package cn.tuoyu.guidance.control;

import cn.tuoyu.guidance.entity.HomeVisit;

/** The health staff member acting on the roster: their subject, district, and whether they coordinate visits. */
public record StaffMember(String subject, String district, boolean coordinator) {

    /** Whether this member may see a visit's address and act on it: its assignee or a coordinator. */
    public boolean mayHandle(HomeVisit visit) {
        return coordinator || subject.equals(visit.assignedTo());
    }
}
