package cn.tuoyu.notifications.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import cn.tuoyu.platform.persistence.InstantConverter;
import cn.tuoyu.platform.persistence.NullableUuidConverter;

/**
 * One outside delivery of a notification (e-mail or SMS). The database keeps one per notification and channel. An
 * instance takes a due delivery with a lease ({@link #LOCK_DUE}), commits, sends outside any row lock and then
 * records the outcome; a lease that runs out (the instance died mid-send) makes the delivery due again, and the
 * message's key ({@link #messageKey()}, the same on every attempt) lets a receiver tell a resend.
 */
@Entity
@Table(name = "notification_delivery")
@NamedQuery(name = NotificationDelivery.BY_IDS, query = "SELECT d FROM NotificationDelivery d WHERE d.id IN :ids")
@NamedQuery(name = NotificationDelivery.OF_NOTIFICATION,
        query = "SELECT d FROM NotificationDelivery d WHERE d.notificationId = :notification ORDER BY d.channel")
@NamedQuery(name = NotificationDelivery.DEAD_OF_DISTRICT, query = "SELECT d, n FROM NotificationDelivery d, "
        + "Notification n WHERE n.id = d.notificationId AND n.district = :district AND d.state = :dead "
        + "ORDER BY d.createdAt DESC, d.id")
@NamedQuery(name = NotificationDelivery.COUNT_DEAD_OF_DISTRICT, query = "SELECT count(d) FROM NotificationDelivery d, "
        + "Notification n WHERE n.id = d.notificationId AND n.district = :district AND d.state = :dead")
@NamedQuery(name = NotificationDelivery.OF_DISTRICT_BY_ID, query = "SELECT d FROM NotificationDelivery d, "
        + "Notification n WHERE d.id = :id AND n.id = d.notificationId AND n.district = :district")
@NamedQuery(name = NotificationDelivery.COUNT_BY_CHANNEL_AND_STATE,
        query = "SELECT d.channel, d.state, count(d) FROM NotificationDelivery d GROUP BY d.channel, d.state")
// decides which instance sends a delivery: each due row (queued and due, or its lease run out) goes to one of them
@NamedNativeQuery(name = NotificationDelivery.LOCK_DUE, query = "SELECT id FROM notification_delivery "
        + "WHERE (state = 'QUEUED' AND next_attempt_at <= ?1) OR (state = 'SENDING' AND lease_until <= ?1) "
        + "ORDER BY next_attempt_at LIMIT ?2 FOR UPDATE SKIP LOCKED")
// a direct SMS (no inbox item) is written once per (event, channel, number); a second telling changes nothing
@NamedQuery(name = NotificationDelivery.FORGET_CHILDREN, query = "DELETE FROM NotificationDelivery d "
        + "WHERE d.childId IN :children")
@NamedNativeQuery(name = NotificationDelivery.INSERT_DIRECT_ONCE, query = "INSERT INTO notification_delivery (id, "
        + "channel, state, attempts, next_attempt_at, created_at, to_address, kind, event_key, params, deadline, "
        + "child_id) VALUES (?1, 'SMS', 'QUEUED', 0, ?2, ?2, ?3, ?4, ?5, ?6, CAST(?7 AS timestamptz), CAST(?8 AS uuid)) "
        + "ON CONFLICT (event_key, channel, to_address) WHERE notification_id IS NULL DO NOTHING")
public class NotificationDelivery {

    /**
     * Inserts a direct SMS unless one of the event went to the number (1: id, 2: now, 3: number, 4: kind, 5: event key,
     * 6: parameters as JSON, 7: deadline or null).
     */
    /** Removes the direct deliveries about these children not yet over (parameter {@code children}). */
    public static final String FORGET_CHILDREN = "NotificationDelivery.forgetChildren";

    public static final String INSERT_DIRECT_ONCE = "NotificationDelivery.insertDirectOnce";

    /** The deliveries with these ids (parameter {@code ids}). */
    public static final String BY_IDS = "NotificationDelivery.byIds";
    /** A notification's deliveries (parameter {@code notification}). */
    public static final String OF_NOTIFICATION = "NotificationDelivery.ofNotification";
    /** Dead deliveries with their notices, of a district, newest first (parameters {@code district}, {@code dead}). */
    public static final String DEAD_OF_DISTRICT = "NotificationDelivery.deadOfDistrict";
    /** How many dead deliveries a district has (parameters {@code district}, {@code dead}). */
    public static final String COUNT_DEAD_OF_DISTRICT = "NotificationDelivery.countDeadOfDistrict";
    /** The delivery with this id if its notice is of the district (parameters {@code id}, {@code district}). */
    public static final String OF_DISTRICT_BY_ID = "NotificationDelivery.ofDistrictById";
    /** Channel, state and count of every delivery. */
    public static final String COUNT_BY_CHANNEL_AND_STATE = "NotificationDelivery.countByChannelAndState";
    /** Ids of due deliveries no other transaction holds (1: now, 2: how many), locked. */
    public static final String LOCK_DUE = "NotificationDelivery.lockDue";

    @Id
    private UUID id;
    // null for a direct delivery: EclipseLink's own UUID conversion fails on SQL NULL
    @Column(name = "notification_id")
    @Convert(converter = NullableUuidConverter.class)
    private UUID notificationId;
    @Enumerated(EnumType.STRING)
    private ChannelKind channel;
    @Enumerated(EnumType.STRING)
    private DeliveryState state;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "lease_until")
    private Instant leaseUntil;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "created_at")
    private Instant createdAt;
    // a direct delivery's own address, notice and parameters (no notification); params are scrubbed once it is over
    @Column(name = "to_address")
    private String toAddress;
    @Enumerated(EnumType.STRING)
    private NoticeKind kind;
    @Column(name = "event_key")
    private String eventKey;
    private String params;
    private Instant deadline;
    // a direct delivery's child, only so that its erasure removes an SMS not yet sent (see V73)
    @Column(name = "child_id")
    @Convert(converter = NullableUuidConverter.class)
    private UUID childId;

    protected NotificationDelivery() {
    }

    public NotificationDelivery(UUID notificationId, ChannelKind channel, Instant now) {
        this.id = UUID.randomUUID();
        this.notificationId = notificationId;
        this.channel = channel;
        this.state = DeliveryState.QUEUED;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** Due now: queued and due, or sending with its lease run out. */
    public boolean dueAt(Instant now) {
        return state == DeliveryState.QUEUED && !nextAttemptAt.isAfter(now)
                || state == DeliveryState.SENDING && !leaseUntil.isAfter(now);
    }

    /** Taken by an instance for one attempt, until the lease ends. */
    public void leaseAt(Instant now, Duration lease) {
        if (!dueAt(now)) {
            throw new IllegalStateException("delivery is not due");
        }
        state = DeliveryState.SENDING;
        attempts++;
        leaseUntil = now.plus(lease);
    }

    /** Not sent yet, on purpose (quiet hours): due again then, no attempt spent. */
    public void holdUntil(Instant later) {
        state = DeliveryState.QUEUED;
        leaseUntil = null;
        nextAttemptAt = later;
    }

    /** The receiver took it. Only a delivery being sent can be sent; anything else is left as it is. */
    public boolean sentAt(Instant now) {
        if (state != DeliveryState.SENDING) {
            return false;
        }
        state = DeliveryState.SENT;
        params = null;
        sentAt = now;
        leaseUntil = null;
        lastError = null;
        return true;
    }

    /**
     * The attempt failed ({@code error} holds no personal data): queued again after the backoff, or dead when no
     * attempt is left. Returns the state it is left in.
     */
    public DeliveryState failedAt(Instant now, String error, Retries retries) {
        if (state != DeliveryState.SENDING && state != DeliveryState.QUEUED) {
            return state;
        }
        lastError = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
        leaseUntil = null;
        if (retries.exhausted(attempts)) {
            state = DeliveryState.DEAD;
            params = null;
            nextAttemptAt = now;
        } else {
            state = DeliveryState.QUEUED;
            nextAttemptAt = now.plus(retries.delayAfter(attempts));
        }
        return state;
    }

    /** Cannot be sent at all (the person has no address for the channel any more, the channel is off): dead. */
    public void abandonAt(Instant now, String reason) {
        state = DeliveryState.DEAD;
        params = null;
        leaseUntil = null;
        lastError = reason;
        nextAttemptAt = now;
    }

    /** Staff retry a dead delivery: queued now with every attempt again (not a direct one: its text is gone). */
    public void retryAt(Instant now) {
        if (state != DeliveryState.DEAD || direct()) {
            throw new DeliveryNotDeadException();
        }
        state = DeliveryState.QUEUED;
        attempts = 0;
        nextAttemptAt = now;
    }

    /** The key every attempt of this delivery carries (e-mail Message-ID, SMS OutId). */
    public String messageKey() {
        return id.toString().replace("-", "");
    }

    public UUID id() {
        return id;
    }

    /** Sent to an address of its own (no notification, nobody's inbox): {@link #INSERT_DIRECT_ONCE}. */
    public boolean direct() {
        return notificationId == null;
    }

    /** A direct delivery's number. */
    public String toAddress() {
        return toAddress;
    }

    /** A direct delivery's kind. */
    public NoticeKind kind() {
        return kind;
    }

    /** A direct delivery's deadline, or null. */
    public Instant deadline() {
        return deadline;
    }

    /** A direct delivery's parameters while it can still be sent; empty once sent or dead. */
    public java.util.Map<String, String> params() {
        return params == null ? java.util.Map.of() : Notification.params(params);
    }

    /** The positional parameters of {@link #INSERT_DIRECT_ONCE}. */
    public static Object[] directParameters(UUID id, Instant now, String number, NoticeKind kind, String eventKey,
            java.util.Map<String, String> params, Instant deadline, UUID child) {
        NoticeKind.checkParameters(params);
        return new Object[] {id, InstantConverter.column(now), number, kind.name(), eventKey,
                Notification.json(params), InstantConverter.column(deadline), child == null ? null : child.toString()};
    }

    public UUID notificationId() {
        return notificationId;
    }

    public ChannelKind channel() {
        return channel;
    }

    public DeliveryState state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
