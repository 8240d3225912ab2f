-- Issue 15: notifications. A transactional outbox: a feature that changes something a person must learn of writes the
-- notification (the in-app inbox item) and one delivery per outside channel in its own transaction; a dispatcher on
-- every app instance sends the deliveries. The same event reaches one person once, and a delivery is never made
-- twice for the same channel; both are unique constraints here, not only Java checks.

-- The addresses a person's token carried when they last opened the app (e-mail and phone are Keycloak's, never typed
-- here), their language, and what binds a staff member (facility, district) so that "staff of a facility" resolves.
CREATE TABLE notification_contact (
    subject     text PRIMARY KEY CHECK (length(subject) BETWEEN 1 AND 100),
    phone       text CHECK (phone ~ '^\+?[0-9]{6,20}$'),
    email       text CHECK (length(email) BETWEEN 3 AND 254 AND email LIKE '%@%'),
    locale      text NOT NULL DEFAULT 'zh-CN' CHECK (locale IN ('zh-CN', 'en')),
    facility_id uuid,
    district    text CHECK (district ~ '^[0-9]{6}$'),
    updated_at  timestamptz NOT NULL
);
CREATE INDEX notification_contact_by_facility ON notification_contact (facility_id) WHERE facility_id IS NOT NULL;

-- Each person's channels and whether they want notices that are not essential; no row means everything on.
CREATE TABLE notification_preference (
    subject       text PRIMARY KEY CHECK (length(subject) BETWEEN 1 AND 100),
    email         boolean NOT NULL DEFAULT true,
    sms           boolean NOT NULL DEFAULT true,
    non_essential boolean NOT NULL DEFAULT true,
    updated_at    timestamptz NOT NULL
);

-- One notice to one person: the inbox item. params hold only what the templates show (masked child name, times,
-- class or facility name), never an identity number or an address.
CREATE TABLE notification (
    id         uuid PRIMARY KEY,
    recipient  text NOT NULL CHECK (length(recipient) BETWEEN 1 AND 100),
    kind       text NOT NULL CHECK (kind ~ '^[A-Z_]{3,40}$'),
    event_key  text NOT NULL CHECK (length(event_key) BETWEEN 1 AND 200),
    params     text NOT NULL DEFAULT '{}',
    link       text CHECK (length(link) <= 500),
    essential  boolean NOT NULL,
    deadline   timestamptz,
    district   text CHECK (district ~ '^[0-9]{6}$'),
    created_at timestamptz NOT NULL,
    read_at    timestamptz,
    CONSTRAINT notification_once_per_person UNIQUE (event_key, recipient)
);
CREATE INDEX notification_inbox ON notification (recipient, created_at DESC, id);
CREATE INDEX notification_unread ON notification (recipient) WHERE read_at IS NULL;

-- One outside delivery of a notification. QUEUED until due, SENDING while an instance holds its lease (a lease that
-- runs out, the instance having died, makes it due again), SENT, or DEAD after the last attempt. last_error holds no
-- personal data (an SMTP status, a provider code).
CREATE TABLE notification_delivery (
    id              uuid PRIMARY KEY,
    notification_id uuid NOT NULL REFERENCES notification (id) ON DELETE CASCADE,
    channel         text NOT NULL CHECK (channel IN ('EMAIL', 'SMS')),
    state           text NOT NULL CHECK (state IN ('QUEUED', 'SENDING', 'SENT', 'DEAD')),
    attempts        integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz NOT NULL,
    lease_until     timestamptz,
    last_error      text CHECK (length(last_error) <= 500),
    sent_at         timestamptz,
    created_at      timestamptz NOT NULL,
    CONSTRAINT notification_delivery_once_per_channel UNIQUE (notification_id, channel),
    CONSTRAINT notification_delivery_sending_has_lease CHECK (state <> 'SENDING' OR lease_until IS NOT NULL),
    CONSTRAINT notification_delivery_sent_has_time CHECK ((state = 'SENT') = (sent_at IS NOT NULL))
);
CREATE INDEX notification_delivery_due ON notification_delivery (next_attempt_at) WHERE state = 'QUEUED';
CREATE INDEX notification_delivery_leased ON notification_delivery (lease_until) WHERE state = 'SENDING';
CREATE INDEX notification_delivery_dead ON notification_delivery (created_at DESC, id) WHERE state = 'DEAD';
