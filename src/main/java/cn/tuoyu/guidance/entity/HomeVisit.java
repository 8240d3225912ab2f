package cn.tuoyu.guidance.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.tuoyu.platform.persistence.TextArrayConverter;

/**
 * A home visit (入户指导): requested by a family or opened by a coordinator for a due child, assigned to a staff member
 * of the district, scheduled, answered by the family, and closed by its outcome or a cancellation. Every change goes
 * through {@link VisitState#after}; an open visit holds the child's reserved guidance unit ({@code reservationId}).
 *
 * <p>The address is held only sealed ({@code address_cipher}, encrypted to the visit id by the families feature's
 * cipher); whoever shows it decrypts it. PostgreSQL decides that a child has at most one open visit (the partial
 * unique index {@code home_visits_open_per_child}): of two racing requests, the second is refused at its insert.
 */
@Entity
@Table(name = "home_visits")
@NamedQuery(name = HomeVisit.OF_CHILDREN, query = "SELECT v FROM HomeVisit v WHERE v.childId IN :children "
        + "ORDER BY v.requestedAt DESC, v.id",
        hints = {@QueryHint(name = HomeVisit.BATCH, value = "v.windows"),
                @QueryHint(name = HomeVisit.BATCH_TYPE, value = "IN")})
@NamedQuery(name = HomeVisit.ALL_OF_CHILDREN, query = "SELECT v FROM HomeVisit v WHERE v.childId IN :children "
        + "ORDER BY v.id")
@NamedQuery(name = HomeVisit.COUNT_OPEN_OF_CHILD, query = "SELECT COUNT(v) FROM HomeVisit v "
        + "WHERE v.childId = :child AND v.state IN :open")
@NamedQuery(name = HomeVisit.OPEN_AMONG, query = "SELECT v.childId FROM HomeVisit v WHERE v.childId IN :children "
        + "AND v.state IN :open")
// decides which app instance reminds a family of its visit: each visit is taken by one of them (SKIP LOCKED)
@NamedNativeQuery(name = HomeVisit.LOCK_TO_REMIND, query = "SELECT id FROM home_visits WHERE state = ?4 "
        + "AND scheduled_start >= ?1 AND scheduled_start < ?2 AND reminded_start IS DISTINCT FROM scheduled_start "
        + "ORDER BY id LIMIT ?3 FOR UPDATE SKIP LOCKED")
public class HomeVisit {

    /** The visits of these children, newest first (parameter {@code children}). */
    public static final String OF_CHILDREN = "HomeVisit.ofChildren";
    /** Every visit of these children, in id order, the order they are locked in (parameter {@code children}). */
    public static final String ALL_OF_CHILDREN = "HomeVisit.allOfChildren";
    /** How many open visits a child has (parameters {@code child}, {@code open}: {@link VisitState#OPEN}). */
    public static final String COUNT_OPEN_OF_CHILD = "HomeVisit.countOpenOfChild";
    /** Those of these children who have an open visit (parameters {@code children}, {@code open}). */
    public static final String OPEN_AMONG = "HomeVisit.openAmong";
    /** Visits in state ?4 ({@code SCHEDULED}) starting from ?1 until ?2 not yet reminded of that start, at most ?3, locked. */
    public static final String LOCK_TO_REMIND = "HomeVisit.lockToRemind";

    /** EclipseLink's hint: read this relation of every result in one more query, not one per result. */
    public static final String BATCH = "eclipselink.batch";
    /** EclipseLink's hint: how the batch is read ({@code IN}: by the results' ids). */
    public static final String BATCH_TYPE = "eclipselink.batch.type";

    /** The family's answer to the scheduled time. */
    public static final String CONFIRMED = "CONFIRMED";
    public static final String RESCHEDULE_REQUESTED = "RESCHEDULE_REQUESTED";
    /** The outcome of a cancelled visit (besides {@link VisitOutcome}'s). */
    public static final String CANCELLED = "CANCELLED";

    @Id
    private UUID id;
    @Column(name = "district_code")
    private String districtCode;
    @Column(name = "child_id")
    private UUID childId;
    @Column(name = "requested_by")
    private String requestedBy;
    @Column(name = "opened_by")
    private String openedBy;
    @Column(name = "sub_district")
    private String subDistrict;
    @Column(name = "address_cipher")
    private byte[] addressCipher;
    @Enumerated(EnumType.STRING)
    private VisitState state;
    @Column(name = "reservation_id")
    private UUID reservationId;
    @Column(name = "requested_at")
    private Instant requestedAt;
    @Column(name = "assigned_to")
    private String assignedTo;
    @Column(name = "assigned_at")
    private Instant assignedAt;
    @Column(name = "scheduled_start")
    private Instant scheduledStart;
    @Column(name = "reminded_start")
    private Instant remindedStart;
    @Column(name = "scheduled_end")
    private Instant scheduledEnd;
    @Column(name = "family_response")
    private String familyResponse;
    @Column(name = "family_note")
    private String familyNote;
    private String outcome;
    @Column(name = "outcome_notes")
    private String outcomeNotes;
    @Basic
    @Convert(converter = TextArrayConverter.class)
    private List<String> topics = List.of();
    @Column(name = "closed_at")
    private Instant closedAt;
    @Version
    private int version;
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "home_visit_windows", joinColumns = @JoinColumn(name = "visit_id"))
    private List<PreferredWindow> windows = new ArrayList<>();

    protected HomeVisit() {
    }

    private HomeVisit(UUID id, UUID childId, String districtCode, VisitState state, String requestedBy,
            String openedBy, String subDistrict, UUID reservationId, Instant now) {
        this.id = Objects.requireNonNull(id);
        this.childId = Objects.requireNonNull(childId);
        this.districtCode = Objects.requireNonNull(districtCode);
        this.state = state;
        this.requestedBy = requestedBy;
        this.openedBy = Objects.requireNonNull(openedBy);
        this.subDistrict = subDistrict;
        this.reservationId = Objects.requireNonNull(reservationId);
        this.requestedAt = Objects.requireNonNull(now);
    }

    /**
     * A family asks for a visit to its child, holding the reserved unit, with its address already sealed to
     * {@code id} and the windows it prefers (each in the future; of two starting at the same time, the first).
     */
    public static HomeVisit requested(UUID id, UUID childId, String districtCode, String guardian, String subDistrict,
            byte[] addressCipher, List<TimeWindow> preferred, UUID reservationId, Instant now) {
        for (TimeWindow window : preferred) {
            window.checkBookableAt(now);
        }
        HomeVisit visit = new HomeVisit(id, childId, districtCode, VisitState.DUE.after(VisitAction.REQUEST),
                guardian, guardian, subDistrict, reservationId, now);
        visit.addressCipher = addressCipher;
        for (TimeWindow window : preferred) {
            if (visit.windows.stream().noneMatch(w -> w.startsAt().equals(window.start()))) {
                visit.windows.add(new PreferredWindow(window));
            }
        }
        return visit;
    }

    /** A coordinator opens a visit for a child on the due list, assigned at once to a member of the district. */
    public static HomeVisit openedForDue(UUID id, UUID childId, String districtCode, String coordinator,
            String subDistrict, String assignee, UUID reservationId, Instant now) {
        HomeVisit visit = new HomeVisit(id, childId, districtCode, VisitState.DUE.after(VisitAction.OPEN_FOR_DUE),
                null, coordinator, subDistrict, reservationId, now);
        visit.assignedTo = Objects.requireNonNull(assignee);
        visit.assignedAt = now;
        return visit;
    }

    /** Assigns or reassigns the visit (a scheduled visit stays scheduled). */
    public void assign(String assignee, Instant now) {
        state = state.after(VisitAction.ASSIGN);
        assignedTo = Objects.requireNonNull(assignee);
        assignedAt = now;
    }

    /** Schedules or reschedules the visit for a time in the future; the family's earlier answer no longer holds. */
    public void schedule(TimeWindow when, Instant now) {
        when.checkBookableAt(now);
        state = state.after(VisitAction.SCHEDULE);
        scheduledStart = when.start();
        scheduledEnd = when.end();
        familyResponse = null;
        familyNote = null;
    }

    /** The family confirms the scheduled time. */
    public void confirm() {
        state = state.after(VisitAction.CONFIRM);
        familyResponse = CONFIRMED;
        familyNote = null;
    }

    /** The family asks for another time, with an optional note for the staff. */
    public void askToReschedule(String note) {
        state = state.after(VisitAction.ASK_RESCHEDULE);
        familyResponse = RESCHEDULE_REQUESTED;
        familyNote = note;
    }

    /** Records what the visit came to and closes it; done names the topics covered. */
    public void record(VisitOutcome result, String notes, List<String> coveredTopics, Instant now) {
        result.checkTopics(coveredTopics);
        state = state.after(result.action());
        outcome = result.name();
        outcomeNotes = notes;
        topics = coveredTopics == null ? List.of() : List.copyOf(coveredTopics);
        closedAt = now;
    }

    /** Cancels the open visit (by the family, or as its child's data is erased). */
    public void cancel(Instant now) {
        state = state.after(VisitAction.CANCEL);
        outcome = CANCELLED;
        closedAt = now;
    }

    /** The family was reminded of the scheduled start (a visit moved later is reminded again). */
    public void reminded() {
        remindedStart = scheduledStart;
    }

    /** Erases what the family gave (address, note) as the child's data is erased; what staff recorded stays. */
    public void eraseFamilyData() {
        addressCipher = null;
        familyNote = null;
    }

    /**
     * Whether the visit is overdue at {@code now}: scheduled and past its end, or requested or assigned and waiting
     * longer than the district's {@code overdueDays}.
     */
    public boolean overdueAt(Instant now, int overdueDays) {
        return switch (state) {
            case SCHEDULED -> scheduledEnd.isBefore(now);
            case REQUESTED, ASSIGNED -> requestedAt.isBefore(overdueSince(now, overdueDays));
            default -> false;
        };
    }

    /** Requested or assigned visits requested before this instant are overdue at {@code now}. */
    public static Instant overdueSince(Instant now, int overdueDays) {
        return now.minus(Duration.ofDays(overdueDays));
    }

    public UUID id() {
        return id;
    }

    public String districtCode() {
        return districtCode;
    }

    public UUID childId() {
        return childId;
    }

    public VisitState state() {
        return state;
    }

    public String subDistrict() {
        return subDistrict;
    }

    /** The sealed address, or null (opened for a due child, or erased). */
    public byte[] addressCipher() {
        return addressCipher;
    }

    public UUID reservationId() {
        return reservationId;
    }

    /** The family's preferred windows, earliest first. */
    public List<TimeWindow> preferredWindows() {
        return windows.stream().sorted(Comparator.comparing(PreferredWindow::startsAt)).map(PreferredWindow::window)
                .toList();
    }

    public String assignedTo() {
        return assignedTo;
    }

    /** The time the visit is scheduled for, or null. */
    public TimeWindow scheduled() {
        return scheduledStart == null ? null : new TimeWindow(scheduledStart, scheduledEnd);
    }

    public String familyResponse() {
        return familyResponse;
    }

    public String familyNote() {
        return familyNote;
    }

    public String outcome() {
        return outcome;
    }

    public String outcomeNotes() {
        return outcomeNotes;
    }

    public List<String> topics() {
        return topics == null ? List.of() : topics;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }
}
