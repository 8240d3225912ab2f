package cn.tuoyu.hourlycare.boundary;

import java.util.UUID;

import cn.tuoyu.hourlycare.control.CareBookings;

/** A child of the family with the free hourly-care sessions left in its entitlement year. */
public record ChildCareView(UUID childId, String maskedName, int ageInMonths, int remaining) {

    static ChildCareView of(CareBookings.ChildEntitlement c) {
        return new ChildCareView(c.childId(), c.maskedName(), c.ageInMonths(), c.remaining());
    }
}
