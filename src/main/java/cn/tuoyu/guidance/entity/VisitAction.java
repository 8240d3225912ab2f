package cn.tuoyu.guidance.entity;

import java.util.EnumSet;
import java.util.Set;

/** What can happen to a home visit, by the family or by the district's staff. */
public enum VisitAction {

    /** the family asks for a visit */
    REQUEST,
    /** a coordinator opens a visit for a child on the due list, assigned at once */
    OPEN_FOR_DUE, ASSIGN, SCHEDULE,
    /** the family confirms the scheduled time */
    CONFIRM,
    /** the family asks for another time */
    ASK_RESCHEDULE, RECORD_DONE, RECORD_ABSENT, RECORD_DECLINED, CANCEL;

    /** What the family does to its own visit. */
    public static final Set<VisitAction> FAMILY = EnumSet.of(CONFIRM, ASK_RESCHEDULE, CANCEL);

    /** What the district's staff do on the roster. */
    public static final Set<VisitAction> STAFF = EnumSet.of(ASSIGN, SCHEDULE, RECORD_DONE, RECORD_ABSENT,
            RECORD_DECLINED, CANCEL);
}
