package cn.tuoyu.entitlements.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * How many units of a service a child has taken in one window, against how many the rule granted. The database holds
 * {@code used <= granted}; a unit is taken only by {@link #TAKE_ONE}, where PostgreSQL decides who gets the last one.
 */
@Entity
@Table(name = "entitlement_counters")
@IdClass(EntitlementCounter.Key.class)
@NamedQuery(name = EntitlementCounter.OF_CHILDREN, query = "SELECT k FROM EntitlementCounter k "
        + "WHERE k.childId IN :children AND k.kind = :kind")
// opens the child's counter for the window, or raises what it grants (never below what is used): races of first
// takers meet on the primary key
@NamedNativeQuery(name = EntitlementCounter.OPEN, query = "INSERT INTO entitlement_counters AS k (child_id, "
        + "service_kind, window_start, window_end, granted, used) VALUES (?1, ?2, ?3, ?4, ?5, 0) "
        + "ON CONFLICT (child_id, service_kind, window_start) DO UPDATE SET granted = GREATEST(EXCLUDED.granted, k.used)")
// decides who gets the last unit: used never passes granted
@NamedNativeQuery(name = EntitlementCounter.TAKE_ONE, query = "UPDATE entitlement_counters SET used = used + 1 "
        + "WHERE child_id = ?1 AND service_kind = ?2 AND window_start = ?3 AND used < granted")
public class EntitlementCounter {

    /** The counters of these children for a service kind, every window (parameters {@code children}, {@code kind}). */
    public static final String OF_CHILDREN = "EntitlementCounter.ofChildren";
    /** Opens or refreshes a counter (1: child, 2: kind name, 3: window start, 4: window end, 5: granted). */
    public static final String OPEN = "EntitlementCounter.open";
    /** Takes a unit (1: child, 2: kind name, 3: window start); 1 row when one was left, 0 otherwise. */
    public static final String TAKE_ONE = "EntitlementCounter.takeOne";

    /** The primary key: child, service kind and window start. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;
        private UUID childId;
        private ServiceKind kind;
        private LocalDate windowStart;

        public Key() {
        }

        public Key(UUID childId, ServiceKind kind, LocalDate windowStart) {
            this.childId = childId;
            this.kind = kind;
            this.windowStart = windowStart;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(childId, k.childId) && kind == k.kind
                    && Objects.equals(windowStart, k.windowStart);
        }

        @Override
        public int hashCode() {
            return Objects.hash(childId, kind, windowStart);
        }
    }

    @Id
    @Column(name = "child_id")
    private UUID childId;
    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "service_kind")
    private ServiceKind kind;
    @Id
    @Column(name = "window_start")
    private LocalDate windowStart;
    @Column(name = "window_end")
    private LocalDate windowEnd;
    private int granted;
    private int used;

    protected EntitlementCounter() {
    }

    /** A released unit goes back. */
    public void giveBack() {
        if (used == 0) {
            throw new IllegalStateException("nothing taken to give back");
        }
        used--;
    }

    public int used() {
        return used;
    }

    public UUID childId() {
        return childId;
    }

    public LocalDate windowStart() {
        return windowStart;
    }
}
