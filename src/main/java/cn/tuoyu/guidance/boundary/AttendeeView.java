package cn.tuoyu.guidance.boundary;

import java.util.UUID;

import cn.tuoyu.guidance.control.Attendee;
import cn.tuoyu.guidance.entity.BookingState;

/**
 * A booking as class staff see it: masked name and age in months on the class day; for an anonymised child the name
 * is "已匿名", the age left out and {@code anonymised} true.
 */
public record AttendeeView(UUID bookingId, UUID childId, String maskedName, Integer ageInMonths, BookingState state,
        boolean anonymised) {

    static AttendeeView of(Attendee a) {
        return new AttendeeView(a.bookingId(), a.childId(), a.maskedName(), a.ageInMonths(), a.state(),
                a.anonymised());
    }
}
