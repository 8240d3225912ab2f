package cn.tuoyu.hourlycare.entity;

import static cn.tuoyu.hourlycare.entity.CareHoursTest.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CareScheduleTest {

    static final LocalDate SATURDAY = LocalDate.of(2026, 12, 5);

    static CareSchedule schedule(int slotMinutes, List<OpeningHours> hours, Set<LocalDate> closures) {
        CareSchedule s = new CareSchedule(UUID.randomUUID(), "320614");
        s.publish(slotMinutes, 5, 13, 36, hours, closures, "staff", Instant.EPOCH);
        return s;
    }

    @Test
    void slotsRunFromOpeningOneEverySlotLengthEndingByClosing() {
        CareSchedule s = schedule(90, List.of(new OpeningHours(DayOfWeek.SATURDAY, 8 * 60, 12 * 60)), Set.of());
        List<SlotTimes> slots = s.slotsOn(SATURDAY);
        assertEquals(2, slots.size(), "08:00–09:30 and 09:30–11:00; 11:00–12:30 would pass closing");
        assertEquals(at("2026-12-05T08:00"), slots.get(0).start());
        assertEquals(at("2026-12-05T09:30"), slots.get(0).end());
        assertEquals(at("2026-12-05T09:30"), slots.get(1).start());
        assertEquals(at("2026-12-05T12:00"), slots.get(1).closes());
        assertEquals(10, s.placesOn(SATURDAY));
    }

    @Test
    void aDayOpenUntilMidnightEndsWithTheLastSlot() {
        CareSchedule s = schedule(60, List.of(new OpeningHours(DayOfWeek.SATURDAY, 22 * 60, 24 * 60)), Set.of());
        List<SlotTimes> slots = s.slotsOn(SATURDAY);
        assertEquals(2, slots.size());
        assertEquals(at("2026-12-06T00:00"), slots.get(1).end());
    }

    @Test
    void noSlotsOnAClosureOrADayWithoutHours() {
        CareSchedule s = schedule(60, List.of(new OpeningHours(DayOfWeek.SATURDAY, 8 * 60, 12 * 60)),
                Set.of(SATURDAY.plusDays(7)));
        assertTrue(s.slotsOn(SATURDAY.plusDays(7)).isEmpty(), "closed that Saturday");
        assertTrue(s.slotsOn(SATURDAY.plusDays(1)).isEmpty(), "no Sunday hours");
        assertEquals(4, s.slotsOn(SATURDAY.plusDays(14)).size());
    }

    @Test
    void aSlotIsFoundOnlyAtItsExactStart() {
        CareSchedule s = schedule(60, List.of(new OpeningHours(DayOfWeek.SATURDAY, 8 * 60, 12 * 60)), Set.of());
        assertTrue(s.slotAt(at("2026-12-05T09:00")).isPresent());
        assertTrue(s.slotAt(at("2026-12-05T09:30")).isEmpty());
        assertTrue(s.slotAt(at("2026-12-05T12:00")).isEmpty());
    }

    @Test
    void agesAndRangesAreChecked() {
        CareSchedule s = schedule(60, List.of(), Set.of());
        assertTrue(s.takesAge(13) && s.takesAge(36) && !s.takesAge(12) && !s.takesAge(37));
        assertThrows(InvalidScheduleException.class, () -> s.publish(60, 5, 30, 20, List.of(), Set.of(), "x",
                Instant.EPOCH));
        assertThrows(InvalidScheduleException.class, () -> s.publish(20, 5, 13, 36, List.of(), Set.of(), "x",
                Instant.EPOCH));
        assertThrows(InvalidScheduleException.class, () -> new OpeningHours(DayOfWeek.MONDAY, 600, 600));
        assertThrows(InvalidScheduleException.class, () -> s.publish(60, 5, 13, 36,
                List.of(new OpeningHours(DayOfWeek.MONDAY, 480, 600), new OpeningHours(DayOfWeek.MONDAY, 700, 800)),
                Set.of(), "x", Instant.EPOCH));
    }
}
