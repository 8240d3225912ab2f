package cn.tuoyu.guidance.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.tuoyu.guidance.control.ChildEligibility;
import cn.tuoyu.guidance.entity.ParentClass;

/**
 * A published class as anyone may see it; for a signed-in resident also {@code children}: per child they guard,
 * whether it may book this class now and why not (absent for everyone else).
 */
public record ClassView(UUID id, String districtCode, String topic, String venue, OffsetDateTime startsAt,
        OffsetDateTime endsAt, OffsetDateTime bookingCutoff, int capacity, int seatsLeft, int ageFromMonths,
        int ageToMonths, List<EligibilityView> children) {

    static ClassView of(ParentClass c) {
        return of(c, Map.of());
    }

    static ClassView of(ParentClass c, Map<UUID, List<ChildEligibility>> eligibility) {
        return new ClassView(c.id(), c.districtCode(), c.topic(), c.venue(), Times.china(c.startsAt()),
                Times.china(c.endsAt()), Times.china(c.bookingCutoff()), c.capacity(), c.seatsLeft(),
                c.ageFromMonths(), c.ageToMonths(), EligibilityView.all(eligibility.get(c.id())));
    }
}
