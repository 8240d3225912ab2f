-- Hourly care (计时托, issue 16): a facility's published capacity, a counter row per slot, sessions booked by
-- parents, checked in and out at the facility, the district's rules for them, and an append-only audit trail.
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- What a filed facility offering hourly care publishes: slot length, places per slot, the children it takes.
CREATE TABLE hourly_care_schedules (
    facility_id     uuid PRIMARY KEY REFERENCES facilities (id),
    district_code   text NOT NULL,
    slot_minutes    integer NOT NULL CHECK (slot_minutes BETWEEN 30 AND 480),
    places          integer NOT NULL CHECK (places BETWEEN 1 AND 200),
    min_age_months  integer NOT NULL CHECK (min_age_months BETWEEN 0 AND 36),
    max_age_months  integer NOT NULL CHECK (max_age_months BETWEEN 0 AND 36),
    updated_at      timestamptz NOT NULL,
    updated_by      text NOT NULL,
    CHECK (min_age_months <= max_age_months)
);

-- Opening hours per weekday (1 = Monday), as minutes of the day in China time.
CREATE TABLE hourly_care_opening_hours (
    facility_id   uuid NOT NULL REFERENCES hourly_care_schedules (facility_id) ON DELETE CASCADE,
    weekday       integer NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    opens_minute  integer NOT NULL CHECK (opens_minute BETWEEN 0 AND 1439),
    closes_minute integer NOT NULL CHECK (closes_minute BETWEEN 1 AND 1440),
    PRIMARY KEY (facility_id, weekday),
    CHECK (opens_minute < closes_minute)
);

CREATE TABLE hourly_care_closures (
    facility_id uuid NOT NULL REFERENCES hourly_care_schedules (facility_id) ON DELETE CASCADE,
    day         date NOT NULL,
    PRIMARY KEY (facility_id, day)
);

-- One counter per slot: PostgreSQL decides who gets the last place (taken never passes places).
CREATE TABLE hourly_care_slots (
    id          uuid PRIMARY KEY,
    facility_id uuid NOT NULL REFERENCES hourly_care_schedules (facility_id),
    starts_at   timestamptz NOT NULL,
    ends_at     timestamptz NOT NULL,
    places      integer NOT NULL CHECK (places >= 1),
    taken       integer NOT NULL DEFAULT 0,
    UNIQUE (facility_id, starts_at),
    CHECK (taken >= 0 AND taken <= places),
    CHECK (starts_at < ends_at)
);

-- The district's rules for sessions, as data with effective dates (seed 003 三(一)1 leaves them to districts).
CREATE TABLE district_care_rules (
    district_code          text NOT NULL,
    effective_from         date NOT NULL,
    rounding_minutes       integer NOT NULL CHECK (rounding_minutes BETWEEN 1 AND 120),
    cancel_cutoff_minutes  integer NOT NULL CHECK (cancel_cutoff_minutes >= 0),
    no_show_consumes       boolean NOT NULL,
    entitlement_direct     boolean NOT NULL,
    closing_grace_minutes  integer NOT NULL CHECK (closing_grace_minutes BETWEEN 0 AND 240),
    PRIMARY KEY (district_code, effective_from)
);
INSERT INTO district_care_rules VALUES ('320614', DATE '2021-09-30', 30, 120, true, true, 30);

CREATE TABLE hourly_care_sessions (
    id                 uuid PRIMARY KEY,
    facility_id        uuid NOT NULL,
    district_code      text NOT NULL,
    child_id           uuid NOT NULL REFERENCES children (id),
    guardian_subject   text NOT NULL,
    starts_at          timestamptz NOT NULL,
    ends_at            timestamptz NOT NULL,
    closes_at          timestamptz NOT NULL,
    state              text NOT NULL CHECK (state IN ('BOOKED', 'CHECKED_IN', 'CHECKED_OUT', 'CANCELLED', 'NO_SHOW',
                                                      'CLOSED')),
    voucher_id         uuid,
    batch_id           uuid,
    reservation_id     uuid,
    covered_hours      numeric(5, 2),
    booked_at          timestamptz NOT NULL,
    cancelled_at       timestamptz,
    checked_in_at      timestamptz,
    checked_in_by      text,
    dropped_off_by     text,
    checked_out_at     timestamptz,
    checked_out_by     text,
    picked_up_by       text,
    minutes_in_care    integer,
    hours_counted      numeric(5, 2),
    hours_paid         numeric(5, 2),
    overstay_hours     numeric(5, 2),
    flagged            boolean NOT NULL DEFAULT false,
    slot_id            uuid NOT NULL REFERENCES hourly_care_slots (id),
    CHECK ((voucher_id IS NULL) <> (reservation_id IS NULL)),
    CHECK ((state IN ('CHECKED_IN', 'CHECKED_OUT', 'CLOSED')) = (checked_in_at IS NOT NULL)),
    CHECK ((state IN ('CHECKED_OUT', 'CLOSED')) = (checked_out_at IS NOT NULL)),
    CHECK (starts_at < ends_at AND ends_at <= closes_at),
    -- a child is in one session at a time
    CONSTRAINT hourly_care_sessions_one_at_a_time EXCLUDE USING gist (child_id WITH =,
        tstzrange(starts_at, ends_at) WITH &&) WHERE (state IN ('BOOKED', 'CHECKED_IN'))
);
CREATE INDEX hourly_care_sessions_facility ON hourly_care_sessions (facility_id, starts_at);
CREATE INDEX hourly_care_sessions_guardian ON hourly_care_sessions (child_id);
CREATE INDEX hourly_care_sessions_open ON hourly_care_sessions (ends_at) WHERE state IN ('BOOKED', 'CHECKED_IN');

-- A guardian's pass for one session: the rotating code (and manual code) shown at drop-off and pick-up.
CREATE TABLE hourly_care_passes (
    id               uuid PRIMARY KEY,
    session_id       uuid NOT NULL REFERENCES hourly_care_sessions (id),
    guardian_subject text NOT NULL,
    secret           bytea NOT NULL CHECK (length(secret) = 32),
    manual_code      text NOT NULL UNIQUE CHECK (manual_code ~ '^[0-9]{13}$'),
    UNIQUE (session_id, guardian_subject)
);

-- A person a guardian authorised in advance to pick the child up, identified by a one-time code (its hash only).
CREATE TABLE hourly_care_pickups (
    id           uuid PRIMARY KEY,
    session_id   uuid NOT NULL REFERENCES hourly_care_sessions (id),
    name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
    relation     text NOT NULL CHECK (length(relation) BETWEEN 1 AND 20),
    phone        text NOT NULL CHECK (phone ~ '^1[0-9]{10}$'),
    code_hash    bytea NOT NULL UNIQUE,
    named_by     text NOT NULL,
    named_at     timestamptz NOT NULL,
    used_at      timestamptz
);

CREATE TABLE hourly_care_audit (
    id          bigserial PRIMARY KEY,
    at          timestamptz NOT NULL,
    action      text NOT NULL,
    session_id  uuid,
    facility_id uuid,
    actor       text NOT NULL,
    detail      text
);
CREATE INDEX hourly_care_audit_session ON hourly_care_audit (session_id);
CREATE FUNCTION hourly_care_audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'hourly_care_audit is append-only';
END $$;
CREATE TRIGGER hourly_care_audit_append_only BEFORE UPDATE OR DELETE ON hourly_care_audit
    FOR EACH ROW EXECUTE FUNCTION hourly_care_audit_is_append_only();

-- A voucher may be held for a booked session (HELD) until check-in redeems it or a cancellation gives it back; a
-- redemption made at check-in carries the hours counted at check-out, for settlement by hours.
ALTER TABLE vouchers DROP CONSTRAINT vouchers_state_check;
ALTER TABLE vouchers ADD CONSTRAINT vouchers_state_check
    CHECK (state IN ('CLAIMED', 'HELD', 'REDEEMED', 'EXPIRED', 'CANCELLED'));
ALTER TABLE voucher_redemptions ADD COLUMN care_hours_given numeric(5, 2) CHECK (care_hours_given >= 0);

ALTER TABLE entitlement_entries DROP CONSTRAINT entitlement_entries_reason_check;
ALTER TABLE entitlement_entries ADD CONSTRAINT entitlement_entries_reason_check
    CHECK (reason IN ('CLASS_BOOKING', 'HOME_VISIT', 'VOUCHER', 'ATTENDANCE', 'NO_SHOW', 'HOURLY_CARE'));
