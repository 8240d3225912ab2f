package cn.tuoyu.guidance.boundary;

import java.util.Set;
import java.util.UUID;

import cn.tuoyu.guidance.control.Attendee;
import cn.tuoyu.guidance.entity.BookingAction;
import cn.tuoyu.guidance.entity.BookingState;

/**
 * A booking as class staff see it: masked name and age in months on the class day; for an anonymised child the name
 * is "已匿名", the age left out and {@code anonymised} true; {@code actions}: what staff may record now (ATTENDED,
 * NO_SHOW for a live booking once the class has started).
 */
public record AttendeeView(UUID bookingId, UUID childId, String maskedName, Integer ageInMonths, BookingState state,
        boolean anonymised, Set<BookingAction> actions) {

    static AttendeeView of(Attendee a) {
        return new AttendeeView(a.bookingId(), a.childId(), a.maskedName(), a.ageInMonths(), a.state(),
                a.anonymised(), a.actions());
    }
}
