package cn.tuoyu.guidance.boundary;

import java.time.OffsetDateTime;
import java.util.UUID;

import cn.tuoyu.guidance.control.WaitlistPlace;
import cn.tuoyu.guidance.entity.WaitlistState;

/** A waitlist place: position while waiting (from 1), the offer's deadline while offered, the booking once accepted. */
public record WaitlistEntryView(UUID id, UUID classId, String topic, OffsetDateTime startsAt, UUID childId,
        WaitlistState state, int position, OffsetDateTime offerExpiresAt, UUID bookingId) {

    static WaitlistEntryView of(WaitlistPlace w) {
        return new WaitlistEntryView(w.id(), w.classId(), w.topic(), Times.china(w.startsAt()), w.childId(),
                w.state(), w.position(), Times.china(w.offerExpiresAt()), w.bookingId());
    }
}
