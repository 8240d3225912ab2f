package cn.tuoyu.hourlycare.entity;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import cn.tuoyu.platform.time.ChinaTime;

/**
 * The hourly-care capacity a facility publishes: opening hours per weekday, slot length, places per slot, the ages it
 * takes and the days it is closed. It generates the day's slots: from opening, one every slot length, each ending no
 * later than closing; none on a closure or a weekday without hours.
 */
@Entity
@Table(name = "hourly_care_schedules")
@NamedQuery(name = CareSchedule.OF_DISTRICT,
        query = "SELECT s FROM CareSchedule s WHERE s.districtCode = :district ORDER BY s.facilityId")
public class CareSchedule {

    /** The schedules of a district's facilities (parameter {@code district}). */
    public static final String OF_DISTRICT = "CareSchedule.ofDistrict";

    @Id
    @Column(name = "facility_id")
    private UUID facilityId;
    @Column(name = "district_code")
    private String districtCode;
    @Column(name = "slot_minutes")
    private int slotMinutes;
    private int places;
    @Column(name = "min_age_months")
    private int minAgeMonths;
    @Column(name = "max_age_months")
    private int maxAgeMonths;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "hourly_care_opening_hours", joinColumns = @JoinColumn(name = "facility_id"))
    private List<OpeningHours> openingHours = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "hourly_care_closures", joinColumns = @JoinColumn(name = "facility_id"))
    @Column(name = "day")
    private Set<LocalDate> closures = new HashSet<>();
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;

    protected CareSchedule() {
    }

    public CareSchedule(UUID facilityId, String districtCode) {
        this.facilityId = Objects.requireNonNull(facilityId);
        this.districtCode = Objects.requireNonNull(districtCode);
    }

    /** Replaces what is published. Refused when ages, slot length or places are out of range or hours repeat a day. */
    public void publish(int slotMinutes, int places, int minAgeMonths, int maxAgeMonths, List<OpeningHours> hours,
            Set<LocalDate> closures, String staff, Instant now) {
        if (slotMinutes < 30 || slotMinutes > 480) {
            throw new InvalidScheduleException("slotMinutes");
        }
        if (places < 1 || places > 200) {
            throw new InvalidScheduleException("places");
        }
        if (minAgeMonths < 0 || maxAgeMonths > 36 || minAgeMonths > maxAgeMonths) {
            throw new InvalidScheduleException("maxAgeMonths");
        }
        if (hours.stream().map(OpeningHours::day).distinct().count() != hours.size()) {
            throw new InvalidScheduleException("openingHours");
        }
        this.slotMinutes = slotMinutes;
        this.places = places;
        this.minAgeMonths = minAgeMonths;
        this.maxAgeMonths = maxAgeMonths;
        this.openingHours.clear();
        this.openingHours.addAll(hours);
        this.closures.clear();
        this.closures.addAll(closures);
        this.updatedAt = now;
        this.updatedBy = staff;
    }

    /** The day's slots in order; empty on a closure or a weekday the facility does not open. */
    public List<SlotTimes> slotsOn(LocalDate day) {
        if (closures.contains(day)) {
            return List.of();
        }
        Optional<OpeningHours> hours = hoursOn(day.getDayOfWeek());
        if (hours.isEmpty()) {
            return List.of();
        }
        Instant midnight = day.atStartOfDay(ChinaTime.ZONE).toInstant();
        Instant closes = midnight.plusSeconds(60L * hours.get().closesMinute());
        List<SlotTimes> slots = new ArrayList<>();
        for (int m = hours.get().opensMinute(); m + slotMinutes <= hours.get().closesMinute(); m += slotMinutes) {
            slots.add(new SlotTimes(midnight.plusSeconds(60L * m), midnight.plusSeconds(60L * (m + slotMinutes)),
                    closes));
        }
        return slots;
    }

    /** The slot starting at {@code start}, if the schedule has one then. */
    public Optional<SlotTimes> slotAt(Instant start) {
        return slotsOn(ChinaTime.dateOf(start)).stream().filter(s -> s.start().equals(start)).findFirst();
    }

    public boolean takesAge(int ageInMonths) {
        return ageInMonths >= minAgeMonths && ageInMonths <= maxAgeMonths;
    }

    /** Places per day on {@code day}: slots times places. */
    public int placesOn(LocalDate day) {
        return slotsOn(day).size() * places;
    }

    private Optional<OpeningHours> hoursOn(DayOfWeek day) {
        return openingHours.stream().filter(h -> h.day() == day).findFirst();
    }

    public UUID facilityId() {
        return facilityId;
    }

    public String districtCode() {
        return districtCode;
    }

    public int slotMinutes() {
        return slotMinutes;
    }

    public int places() {
        return places;
    }

    public int minAgeMonths() {
        return minAgeMonths;
    }

    public int maxAgeMonths() {
        return maxAgeMonths;
    }

    public List<OpeningHours> openingHours() {
        return openingHours.stream().sorted(Comparator.comparing(OpeningHours::day)).toList();
    }

    public List<LocalDate> closures() {
        return closures.stream().sorted().toList();
    }
}
