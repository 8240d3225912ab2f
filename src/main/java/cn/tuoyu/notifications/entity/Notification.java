package cn.tuoyu.notifications.entity;

import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
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
 * One notice to one person: the item in their inbox, and what its deliveries are written from. The database keeps one
 * per event and person ({@link #INSERT_ONCE}), so an event told twice (a retried request, two observers) reaches
 * nobody twice.
 */
@Entity
@Table(name = "notification")
@NamedQuery(name = Notification.OF_RECIPIENT, query = "SELECT n FROM Notification n WHERE n.recipient = :recipient "
        + "ORDER BY n.createdAt DESC, n.id")
@NamedQuery(name = Notification.COUNT_OF_RECIPIENT,
        query = "SELECT count(n) FROM Notification n WHERE n.recipient = :recipient")
@NamedQuery(name = Notification.COUNT_UNREAD,
        query = "SELECT count(n) FROM Notification n WHERE n.recipient = :recipient AND n.readAt IS NULL")
@NamedQuery(name = Notification.OF_RECIPIENT_BY_ID,
        query = "SELECT n FROM Notification n WHERE n.id = :id AND n.recipient = :recipient")
@NamedQuery(name = Notification.READ_ALL, query = "UPDATE Notification n SET n.readAt = :now "
        + "WHERE n.recipient = :recipient AND n.readAt IS NULL")
@NamedQuery(name = Notification.BY_IDS, query = "SELECT n FROM Notification n WHERE n.id IN :ids")
// decides that an event reaches a person once: a second insert of the same (event, recipient) writes nothing
@NamedQuery(name = Notification.FORGET_CHILDREN, query = "DELETE FROM Notification n WHERE n.childId IN :children")
@NamedNativeQuery(name = Notification.INSERT_ONCE, query = "INSERT INTO notification (id, recipient, kind, event_key, "
        + "params, link, essential, deadline, district, created_at, child_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
        + "CAST(?8 AS timestamptz), ?9, ?10, CAST(?11 AS uuid)) "
        + "ON CONFLICT (event_key, recipient) DO NOTHING")
public class Notification {

    /** A person's notices, newest first (parameter {@code recipient}). */
    public static final String OF_RECIPIENT = "Notification.ofRecipient";
    /** How many notices a person has (parameter {@code recipient}). */
    public static final String COUNT_OF_RECIPIENT = "Notification.countOfRecipient";
    /** How many of a person's notices are unread (parameter {@code recipient}). */
    public static final String COUNT_UNREAD = "Notification.countUnread";
    /** The notice with this id if it is this person's (parameters {@code id}, {@code recipient}). */
    public static final String OF_RECIPIENT_BY_ID = "Notification.ofRecipientById";
    /** Marks all of a person's unread notices read (parameters {@code recipient}, {@code now}). */
    public static final String READ_ALL = "Notification.readAll";
    /** The notices with these ids (parameter {@code ids}). */
    public static final String BY_IDS = "Notification.byIds";
    /** Removes the notices about these children, with their deliveries (parameter {@code children}). */
    public static final String FORGET_CHILDREN = "Notification.forgetChildren";
    /** Inserts a notice unless the person has one of the event (parameters in {@link #insertParameters()}). */
    public static final String INSERT_ONCE = "Notification.insertOnce";

    @Id
    private UUID id;
    private String recipient;
    @Enumerated(EnumType.STRING)
    private NoticeKind kind;
    @Column(name = "event_key")
    private String eventKey;
    private String params;
    private String link;
    private boolean essential;
    private Instant deadline;
    private String district;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "read_at")
    private Instant readAt;
    // the child the notice is about, only so that its erasure removes the notice
    @Column(name = "child_id")
    @Convert(converter = NullableUuidConverter.class)
    private UUID childId;

    protected Notification() {
    }

    public Notification(String recipient, NoticeKind kind, String eventKey, Map<String, String> params, String link,
            boolean essential, Instant deadline, String district, UUID childId, Instant createdAt) {
        NoticeKind.checkParameters(params);
        this.id = UUID.randomUUID();
        this.recipient = recipient;
        this.kind = kind;
        this.eventKey = eventKey;
        this.params = json(params);
        this.link = link;
        this.essential = essential;
        this.deadline = deadline;
        this.district = district;
        this.childId = childId;
        this.createdAt = createdAt;
    }

    /** The positional parameters of {@link #INSERT_ONCE}. */
    public Object[] insertParameters() {
        return new Object[] {id, recipient, kind.name(), eventKey, params, link, essential,
                InstantConverter.column(deadline), district, InstantConverter.column(createdAt),
                childId == null ? null : childId.toString()};
    }

    /** Read now, unless read before (the first reading stays). */
    public void readAt(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public String title(String locale) {
        return kind.title(locale);
    }

    public String body(String locale) {
        return kind.body(locale, params());
    }

    public Map<String, String> params() {
        return params(params);
    }

    /** Template parameters from their stored JSON object. */
    static Map<String, String> params(String stored) {
        Map<String, String> map = new LinkedHashMap<>();
        try (JsonReader reader = Json.createReader(new StringReader(stored))) {
            reader.readObject().forEach((k, v) -> map.put(k, ((JsonString) v).getString()));
        }
        return map;
    }

    /** Template parameters as the JSON object stored. */
    static String json(Map<String, String> params) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        new java.util.TreeMap<>(params).forEach(object::add);
        return object.build().toString();
    }

    public UUID id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public NoticeKind kind() {
        return kind;
    }

    public String eventKey() {
        return eventKey;
    }

    public String link() {
        return link;
    }

    public boolean essential() {
        return essential;
    }

    public Instant deadline() {
        return deadline;
    }

    public String district() {
        return district;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }
}
