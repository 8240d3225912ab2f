package cn.tuoyu.guidance.boundary;

import java.time.OffsetDateTime;
import java.util.UUID;

import cn.tuoyu.guidance.entity.ParentClass;

/** A published class as anyone may see it. */
public record ClassView(UUID id, String districtCode, String topic, String venue, OffsetDateTime startsAt,
        OffsetDateTime endsAt, OffsetDateTime bookingCutoff, int capacity, int seatsLeft, int ageFromMonths,
        int ageToMonths) {

    static ClassView of(ParentClass c) {
        return new ClassView(c.id(), c.districtCode(), c.topic(), c.venue(), Times.china(c.startsAt()),
                Times.china(c.endsAt()), Times.china(c.bookingCutoff()), c.capacity(), c.seatsLeft(),
                c.ageFromMonths(), c.ageToMonths());
    }
}
