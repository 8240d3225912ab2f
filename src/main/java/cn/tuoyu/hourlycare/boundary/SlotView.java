package cn.tuoyu.hourlycare.boundary;

import java.time.Instant;

import cn.tuoyu.hourlycare.control.CareSchedules;

/** One slot of a day with the places left; {@code bookable} when a place is left and the slot has not ended. */
public record SlotView(Instant start, Instant end, int places, int placesLeft, boolean bookable) {

    static SlotView of(CareSchedules.OpenSlot s, Instant now) {
        return new SlotView(s.start(), s.end(), s.places(), s.placesLeft(), s.placesLeft() > 0 && s.end().isAfter(now));
    }
}
