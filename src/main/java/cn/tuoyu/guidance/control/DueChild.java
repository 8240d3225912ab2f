package cn.tuoyu.guidance.control;

import java.util.UUID;

/** A child of the district with guidance sessions left and no open visit: staff may reach out. */
public record DueChild(UUID childId, String maskedName, int ageInMonths, int remainingSessions) {
}
