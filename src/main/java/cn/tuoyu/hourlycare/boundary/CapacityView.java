package cn.tuoyu.hourlycare.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.tuoyu.hourlycare.control.CareSchedules;

/** One facility's published hourly-care places per day, and their total over the days asked about. */
public record CapacityView(UUID facilityId, String facilityName, int slotMinutes, int placesPerSlot,
        int minAgeMonths, int maxAgeMonths, List<DayPlaces> days, int total) {

    /** Places on one day. */
    public record DayPlaces(LocalDate day, int places) {
    }

    static CapacityView of(CareSchedules.FacilityCapacity c) {
        List<DayPlaces> days = new java.util.ArrayList<>();
        for (int i = 0; i < c.days().size(); i++) {
            days.add(new DayPlaces(c.days().get(i), c.placesPerDay().get(i)));
        }
        return new CapacityView(c.facilityId(), c.facilityName(), c.slotMinutes(), c.placesPerSlot(),
                c.minAgeMonths(), c.maxAgeMonths(), List.copyOf(days), c.total());
    }
}
