package cn.tuoyu.hourlycare.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.tuoyu.hourlycare.entity.CareSchedule;

/** What a facility publishes for hourly care. */
public record ScheduleView(UUID facilityId, int slotMinutes, int places, int minAgeMonths, int maxAgeMonths,
        List<HoursView> openingHours, List<LocalDate> closures) {

    /** One weekday's hours. */
    public record HoursView(int weekday, String opens, String closes) {
    }

    static ScheduleView of(CareSchedule s) {
        return new ScheduleView(s.facilityId(), s.slotMinutes(), s.places(), s.minAgeMonths(), s.maxAgeMonths(),
                s.openingHours().stream().map(h -> new HoursView(h.day().getValue(), HoursRequest.text(h
                        .opensMinute()), HoursRequest.text(h.closesMinute()))).toList(),
                s.closures());
    }
}
