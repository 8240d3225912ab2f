package cn.tuoyu.hourlycare.entity;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * The place counter of one slot. JPA only reads it: the row is written by {@link #OPEN} the first time anyone books
 * the slot, and {@code taken} moves only by {@link #TAKE_PLACE} and {@link #GIVE_PLACE_BACK}, where PostgreSQL decides
 * who gets the last place (the migration's CHECK holds it between 0 and {@code places}).
 */
@Entity
@Table(name = "hourly_care_slots")
@NamedQuery(name = CareSlot.OF_FACILITY_BETWEEN, query = "SELECT s FROM CareSlot s WHERE s.facilityId = :facility "
        + "AND s.startsAt >= :from AND s.startsAt < :to")
@NamedQuery(name = CareSlot.AT, query = "SELECT s FROM CareSlot s WHERE s.facilityId = :facility "
        + "AND s.startsAt = :start")
// decides which of two first bookings writes the slot's counter: the second inserts nothing and uses the first's row
@NamedNativeQuery(name = CareSlot.OPEN, query = "INSERT INTO hourly_care_slots (id, facility_id, starts_at, ends_at, "
        + "places, taken) VALUES (?1, ?2, ?3, ?4, ?5, 0) ON CONFLICT (facility_id, starts_at) DO NOTHING")
// decides who gets the last place of a slot: the UPDATE applies only while a place is left
@NamedNativeQuery(name = CareSlot.TAKE_PLACE, query = "UPDATE hourly_care_slots SET taken = taken + 1 "
        + "WHERE facility_id = ?1 AND starts_at = ?2 AND taken < places")
// decides the count when places are given back at once: each decrement applies to the row as it is
@NamedNativeQuery(name = CareSlot.GIVE_PLACE_BACK, query = "UPDATE hourly_care_slots SET taken = taken - 1 "
        + "WHERE id = ?1 AND taken > 0")
public class CareSlot {

    /** A facility's counters for slots starting in [from, to) (parameters {@code facility}, {@code from}, {@code to}). */
    public static final String OF_FACILITY_BETWEEN = "CareSlot.ofFacilityBetween";
    /** The counter of the facility's slot starting then (parameters {@code facility}, {@code start}). */
    public static final String AT = "CareSlot.at";
    /** Writes a slot's counter unless it exists (1: id, 2: facility, 3: start, 4: end, 5: places). */
    public static final String OPEN = "CareSlot.open";
    /** Takes a place if one is left (1: facility, 2: start): 1 row, or 0 when the slot is full. */
    public static final String TAKE_PLACE = "CareSlot.takePlace";
    /** Gives a place back (1: slot id). */
    public static final String GIVE_PLACE_BACK = "CareSlot.givePlaceBack";

    @Id
    private UUID id;
    @Column(name = "facility_id")
    private UUID facilityId;
    @Column(name = "starts_at")
    private Instant startsAt;
    @Column(name = "ends_at")
    private Instant endsAt;
    private int places;
    private int taken;

    protected CareSlot() {
    }

    public UUID id() {
        return id;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public int placesLeft() {
        return places - taken;
    }

    public int taken() {
        return taken;
    }
}
