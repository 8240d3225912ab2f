package cn.tuoyu.guidance.boundary;

import java.util.UUID;

import cn.tuoyu.guidance.control.DueChild;

/** A child on the due list. */
public record DueChildView(UUID childId, String maskedName, int ageInMonths, int remainingSessions) {

    static DueChildView of(DueChild d) {
        return new DueChildView(d.childId(), d.maskedName(), d.ageInMonths(), d.remainingSessions());
    }
}
