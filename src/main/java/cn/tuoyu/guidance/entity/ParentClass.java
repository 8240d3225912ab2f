package cn.tuoyu.guidance.entity;

import java.time.Instant;
import java.util.UUID;

/** A published parent class (家长课堂) with its seat count. */
public record ParentClass(UUID id, String districtCode, String topic, String venue, Instant startsAt, Instant endsAt,
        Instant bookingCutoff, int capacity, int seatsTaken, int ageFromMonths, int ageToMonths) {

    public int seatsLeft() {
        return Math.max(0, capacity - seatsTaken);
    }

    public boolean bookableAt(Instant now) {
        return now.isBefore(bookingCutoff);
    }

    public boolean admits(int ageInMonths) {
        return ageInMonths >= ageFromMonths && ageInMonths <= ageToMonths;
    }
}
