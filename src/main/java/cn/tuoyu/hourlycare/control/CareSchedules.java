package cn.tuoyu.hourlycare.control;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import cn.tuoyu.facilities.control.FacilityStanding;
import cn.tuoyu.facilities.control.FacilitySummary;
import cn.tuoyu.hourlycare.entity.CareAuditLine.Action;
import cn.tuoyu.hourlycare.entity.CareSchedule;
import cn.tuoyu.hourlycare.entity.CareSlot;
import cn.tuoyu.hourlycare.entity.OpeningHours;
import cn.tuoyu.hourlycare.entity.SlotTimes;
import cn.tuoyu.platform.time.ChinaTime;

/**
 * The capacity facilities publish, the open slots parents see, and the capacity per district health staff see. Only a
 * filed facility in good standing that offers hourly care publishes; a slot's places left are its places minus its
 * counter's taken.
 */
@ApplicationScoped
@Transactional
public class CareSchedules {

    /** One slot of a day as parents see it. */
    public record OpenSlot(Instant start, Instant end, int places, int placesLeft) {
    }

    /** One facility's published places per day for the days asked about. */
    public record FacilityCapacity(UUID facilityId, String facilityName, int slotMinutes, int placesPerSlot,
            int minAgeMonths, int maxAgeMonths, List<LocalDate> days, List<Integer> placesPerDay, int total) {
    }

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    @Inject
    FacilityStanding standing;

    @Inject
    CareAudit audit;

    /** Publishes (or replaces) the facility's schedule. */
    public CareSchedule publish(UUID facilityId, String staff, int slotMinutes, int places, int minAgeMonths,
            int maxAgeMonths, List<OpeningHours> hours, Set<LocalDate> closures) {
        FacilitySummary facility = standing.lookup(facilityId).filter(FacilitySummary::offersHourlyCare)
                .filter(f -> standing.mayRedeemToday(f.id())).orElseThrow(NotHourlyCareFacilityException::new);
        CareSchedule schedule = em.find(CareSchedule.class, facilityId);
        if (schedule == null) {
            schedule = new CareSchedule(facilityId, facility.districtCode());
            em.persist(schedule);
        }
        schedule.publish(slotMinutes, places, minAgeMonths, maxAgeMonths, hours, closures, staff, clock.instant());
        audit.record(Action.SCHEDULE_PUBLISHED, null, facilityId, staff,
                places + " places per " + slotMinutes + " min");
        return schedule;
    }

    /** The facility's schedule: 404 when it has published none. */
    public CareSchedule of(UUID facilityId) {
        CareSchedule schedule = em.find(CareSchedule.class, facilityId);
        if (schedule == null) {
            throw new ScheduleNotFoundException();
        }
        return schedule;
    }

    /** The facility's slots on a day with the places left in each (none when closed). */
    public List<OpenSlot> slots(UUID facilityId, LocalDate day) {
        CareSchedule schedule = of(facilityId);
        Map<Instant, Integer> taken = new HashMap<>();
        em.createNamedQuery(CareSlot.OF_FACILITY_BETWEEN, CareSlot.class).setParameter("facility", facilityId)
                .setParameter("from", day.atStartOfDay(ChinaTime.ZONE).toInstant())
                .setParameter("to", day.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant()).getResultList()
                .forEach(s -> taken.put(s.startsAt(), s.taken()));
        List<OpenSlot> slots = new ArrayList<>();
        for (SlotTimes slot : schedule.slotsOn(day)) {
            int left = Math.max(0, schedule.places() - taken.getOrDefault(slot.start(), 0));
            slots.add(new OpenSlot(slot.start(), slot.end(), schedule.places(), left));
        }
        return slots;
    }

    /** Published places of each facility of the district per day, for {@code days} days from {@code from}. */
    public List<FacilityCapacity> capacity(String district, LocalDate from, int days) {
        Map<UUID, String> names = standing.namesInDistrict(district);
        List<LocalDate> dates = from.datesUntil(from.plusDays(days)).toList();
        List<FacilityCapacity> lines = new ArrayList<>();
        for (CareSchedule s : em.createNamedQuery(CareSchedule.OF_DISTRICT, CareSchedule.class)
                .setParameter("district", district).getResultList()) {
            List<Integer> perDay = dates.stream().map(s::placesOn).toList();
            lines.add(new FacilityCapacity(s.facilityId(), names.get(s.facilityId()), s.slotMinutes(), s.places(),
                    s.minAgeMonths(), s.maxAgeMonths(), dates, perDay,
                    perDay.stream().mapToInt(Integer::intValue).sum()));
        }
        return lines;
    }
}
