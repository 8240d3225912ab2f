-- Parenting guidance (科学育儿指导): parent classes (家长课堂) with seats, bookings and a waitlist with time-limited
-- offers; home visits (入户指导) and the district's visit roster. Each booking or visit holds one GUIDANCE_SESSION
-- unit of the child's entitlement ledger (entitlement_entries).

-- Per-district rules kept as data: what a no-show at a class does to the reserved unit, how long a waitlist offer
-- holds a seat (NULL: the app.waitlist-offer-hours default), and after how many days an unscheduled visit request
-- counts as overdue. A district without a row uses the defaults.
CREATE TABLE guidance_district_rules (
    district_code      text PRIMARY KEY REFERENCES districts (code),
    no_show            text NOT NULL DEFAULT 'CONSUME' CHECK (no_show IN ('CONSUME', 'RELEASE')),
    offer_hours        integer CHECK (offer_hours BETWEEN 1 AND 168),
    visit_overdue_days integer NOT NULL DEFAULT 14 CHECK (visit_overdue_days BETWEEN 1 AND 365)
);

-- Never more bookings than seats: seats_taken counts live bookings plus seats held by open waitlist offers and is
-- only raised by "UPDATE ... SET seats_taken = seats_taken + 1 WHERE seats_taken < capacity", so PostgreSQL
-- serialises racing bookers on the class row; the CHECK holds whatever the application does.
CREATE TABLE parent_classes (
    id              uuid PRIMARY KEY,
    district_code   text NOT NULL REFERENCES districts (code),
    topic           text NOT NULL CHECK (length(topic) BETWEEN 1 AND 200),
    venue           text NOT NULL CHECK (length(venue) BETWEEN 1 AND 200),
    starts_at       timestamptz NOT NULL,
    ends_at         timestamptz NOT NULL,
    booking_cutoff  timestamptz NOT NULL,
    capacity        integer NOT NULL CHECK (capacity BETWEEN 1 AND 1000),
    seats_taken     integer NOT NULL DEFAULT 0,
    age_from_months integer NOT NULL CHECK (age_from_months BETWEEN 0 AND 36),
    age_to_months   integer NOT NULL CHECK (age_to_months BETWEEN 0 AND 36),
    published_by    text NOT NULL,
    published_at    timestamptz NOT NULL,
    CHECK (ends_at > starts_at),
    CHECK (booking_cutoff <= starts_at),
    CHECK (age_to_months >= age_from_months),
    CHECK (seats_taken BETWEEN 0 AND capacity)
);
CREATE INDEX parent_classes_district_start ON parent_classes (district_code, starts_at);

CREATE TABLE class_bookings (
    id               uuid PRIMARY KEY,
    class_id         uuid NOT NULL REFERENCES parent_classes (id),
    child_id         uuid NOT NULL REFERENCES children (id),
    guardian_subject text NOT NULL CHECK (length(guardian_subject) BETWEEN 1 AND 100),
    reservation_id   uuid NOT NULL UNIQUE REFERENCES entitlement_entries (id),
    state            text NOT NULL CHECK (state IN ('BOOKED', 'ATTENDED', 'NO_SHOW', 'CANCELLED')),
    booked_at        timestamptz NOT NULL,
    closed_at        timestamptz,
    CHECK ((state = 'BOOKED') = (closed_at IS NULL))
);
-- the same child at most once in a class (a cancelled booking does not count)
CREATE UNIQUE INDEX class_bookings_child_once ON class_bookings (class_id, child_id) WHERE state <> 'CANCELLED';
CREATE INDEX class_bookings_guardian ON class_bookings (guardian_subject);

CREATE SEQUENCE class_waitlist_order;
CREATE TABLE class_waitlist (
    id               uuid PRIMARY KEY,
    class_id         uuid NOT NULL REFERENCES parent_classes (id),
    child_id         uuid NOT NULL REFERENCES children (id),
    guardian_subject text NOT NULL CHECK (length(guardian_subject) BETWEEN 1 AND 100),
    place            bigint NOT NULL DEFAULT nextval('class_waitlist_order'),
    state            text NOT NULL CHECK (state IN ('WAITING', 'OFFERED', 'ACCEPTED', 'EXPIRED', 'WITHDRAWN')),
    joined_at        timestamptz NOT NULL,
    offered_at       timestamptz,
    offer_expires_at timestamptz,
    closed_at        timestamptz,
    booking_id       uuid REFERENCES class_bookings (id),
    CHECK ((offered_at IS NULL) = (offer_expires_at IS NULL)),
    CHECK (state <> 'OFFERED' OR offer_expires_at IS NOT NULL),
    CHECK ((state = 'ACCEPTED') = (booking_id IS NOT NULL)),
    CHECK ((state IN ('WAITING', 'OFFERED')) = (closed_at IS NULL))
);
CREATE UNIQUE INDEX class_waitlist_child_once ON class_waitlist (class_id, child_id)
    WHERE state IN ('WAITING', 'OFFERED');
CREATE INDEX class_waitlist_queue ON class_waitlist (class_id, place) WHERE state = 'WAITING';
CREATE INDEX class_waitlist_offers ON class_waitlist (offer_expires_at) WHERE state = 'OFFERED';

-- Home visits. The address is shown only to the assigned staff member and the district's coordinators.
CREATE TABLE home_visits (
    id               uuid PRIMARY KEY,
    district_code    text NOT NULL REFERENCES districts (code),
    child_id         uuid NOT NULL REFERENCES children (id),
    requested_by     text CHECK (length(requested_by) BETWEEN 1 AND 100),
    opened_by        text NOT NULL CHECK (length(opened_by) BETWEEN 1 AND 100),
    sub_district     text CHECK (length(sub_district) BETWEEN 1 AND 60),
    address          text CHECK (length(address) BETWEEN 1 AND 300),
    state            text NOT NULL CHECK (state IN ('REQUESTED', 'ASSIGNED', 'SCHEDULED', 'DONE', 'MISSED',
                                                    'CANCELLED')),
    reservation_id   uuid NOT NULL UNIQUE REFERENCES entitlement_entries (id),
    requested_at     timestamptz NOT NULL,
    assigned_to      text CHECK (length(assigned_to) BETWEEN 1 AND 100),
    assigned_at      timestamptz,
    scheduled_start  timestamptz,
    scheduled_end    timestamptz,
    family_response  text CHECK (family_response IN ('CONFIRMED', 'RESCHEDULE_REQUESTED')),
    family_note      text CHECK (length(family_note) <= 500),
    outcome          text CHECK (outcome IN ('DONE', 'FAMILY_ABSENT', 'DECLINED', 'CANCELLED')),
    outcome_notes    text CHECK (length(outcome_notes) <= 2000),
    topics           text[],
    closed_at        timestamptz,
    version          integer NOT NULL DEFAULT 0,
    CHECK ((scheduled_start IS NULL) = (scheduled_end IS NULL)),
    CHECK (scheduled_end IS NULL OR scheduled_end > scheduled_start),
    CHECK (state NOT IN ('ASSIGNED', 'SCHEDULED') OR assigned_to IS NOT NULL),
    CHECK (state <> 'SCHEDULED' OR scheduled_start IS NOT NULL),
    CHECK ((state IN ('DONE', 'MISSED', 'CANCELLED')) = (closed_at IS NOT NULL AND outcome IS NOT NULL)),
    CHECK (state <> 'DONE' OR outcome = 'DONE'),
    CHECK (state <> 'MISSED' OR outcome IN ('FAMILY_ABSENT', 'DECLINED'))
);
-- at most one open visit per child
CREATE UNIQUE INDEX home_visits_open_per_child ON home_visits (child_id)
    WHERE state IN ('REQUESTED', 'ASSIGNED', 'SCHEDULED');
CREATE INDEX home_visits_roster ON home_visits (district_code, state, scheduled_start);

CREATE TABLE home_visit_windows (
    visit_id  uuid NOT NULL REFERENCES home_visits (id),
    starts_at timestamptz NOT NULL,
    ends_at   timestamptz NOT NULL,
    CHECK (ends_at > starts_at),
    PRIMARY KEY (visit_id, starts_at)
);

-- A resident's calendar subscription: calendar apps cannot send a bearer token, so the feed URL carries a random
-- secret; only its SHA-256 is stored. Rotating it replaces the row (the old URL stops working).
CREATE TABLE calendar_feeds (
    subject    text PRIMARY KEY CHECK (length(subject) BETWEEN 1 AND 100),
    token_hash bytea NOT NULL UNIQUE CHECK (length(token_hash) = 32),
    created_at timestamptz NOT NULL
);
