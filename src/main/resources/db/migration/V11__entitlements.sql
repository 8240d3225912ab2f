-- Entitlements: rules as data per district and effective date, and a ledger per child.
-- Reference rule (海政办发〔2021〕64号 attaching 通政办规〔2020〕5号, 三(一)1): 0–12 months, 2 parenting-guidance
-- sessions a year; 13–36 months, 4 free experiential hourly-care sessions a year.

CREATE TABLE entitlement_rule_versions (
    district_code  text NOT NULL REFERENCES districts (code),
    version        integer NOT NULL CHECK (version > 0),
    effective_from date NOT NULL,
    published_at   timestamptz NOT NULL,
    published_by   text NOT NULL,
    PRIMARY KEY (district_code, version),
    UNIQUE (district_code, effective_from)
);

CREATE TABLE entitlement_rules (
    district_code   text NOT NULL,
    version         integer NOT NULL,
    service_kind    text NOT NULL CHECK (service_kind IN ('GUIDANCE_SESSION', 'HOURLY_CARE')),
    age_from_months integer NOT NULL CHECK (age_from_months BETWEEN 0 AND 36),
    age_to_months   integer NOT NULL CHECK (age_to_months BETWEEN 0 AND 36),
    sessions        integer NOT NULL CHECK (sessions BETWEEN 0 AND 100),
    window_kind     text NOT NULL CHECK (window_kind IN ('CALENDAR_YEAR', 'AGE_YEAR')),
    PRIMARY KEY (district_code, version, service_kind, age_from_months),
    FOREIGN KEY (district_code, version) REFERENCES entitlement_rule_versions (district_code, version),
    CHECK (age_to_months >= age_from_months)
);

INSERT INTO entitlement_rule_versions (district_code, version, effective_from, published_at, published_by)
SELECT code, 1, DATE '2021-01-01', now(), 'seed' FROM districts;
INSERT INTO entitlement_rules (district_code, version, service_kind, age_from_months, age_to_months, sessions,
                               window_kind)
SELECT code, 1, 'GUIDANCE_SESSION', 0, 12, 2, 'CALENDAR_YEAR' FROM districts
UNION ALL
SELECT code, 1, 'HOURLY_CARE', 13, 36, 4, 'CALENDAR_YEAR' FROM districts;

-- One counter per child, service kind and window: the last unit is decided here. Units are taken only by
-- "UPDATE ... SET used = used + 1 WHERE used < granted", so concurrent takers serialise on the row and the CHECK
-- keeps used within granted whatever the application does.
CREATE TABLE entitlement_counters (
    child_id     uuid NOT NULL REFERENCES children (id),
    service_kind text NOT NULL CHECK (service_kind IN ('GUIDANCE_SESSION', 'HOURLY_CARE')),
    window_start date NOT NULL,
    window_end   date NOT NULL,
    granted      integer NOT NULL CHECK (granted >= 0),
    used         integer NOT NULL CHECK (used >= 0),
    CHECK (used <= granted),
    CHECK (window_end > window_start),
    PRIMARY KEY (child_id, service_kind, window_start)
);

-- The ledger: each reservation or direct consumption, and what became of it. Rows are never deleted or rewritten
-- except for the one-way state change RESERVED -> CONSUMED or RESERVED -> RELEASED.
CREATE TABLE entitlement_entries (
    id             uuid PRIMARY KEY,
    child_id       uuid NOT NULL,
    service_kind   text NOT NULL,
    window_start   date NOT NULL,
    district_code  text NOT NULL,
    rule_version   integer NOT NULL,
    state          text NOT NULL CHECK (state IN ('RESERVED', 'CONSUMED', 'RELEASED')),
    reason         text NOT NULL CHECK (reason IN ('CLASS_BOOKING', 'HOME_VISIT', 'VOUCHER', 'ATTENDANCE', 'NO_SHOW')),
    reference      text CHECK (length(reference) BETWEEN 1 AND 100),
    reserved_at    timestamptz NOT NULL,
    consumed_at    timestamptz,
    released_at    timestamptz,
    release_reason text CHECK (release_reason IN ('CANCELLATION', 'EXPIRY', 'NO_SHOW')),
    FOREIGN KEY (child_id, service_kind, window_start)
        REFERENCES entitlement_counters (child_id, service_kind, window_start),
    FOREIGN KEY (district_code, rule_version) REFERENCES entitlement_rule_versions (district_code, version),
    CHECK ((state = 'RESERVED' AND consumed_at IS NULL AND released_at IS NULL AND release_reason IS NULL)
        OR (state = 'CONSUMED' AND consumed_at IS NOT NULL AND released_at IS NULL AND release_reason IS NULL)
        OR (state = 'RELEASED' AND consumed_at IS NULL AND released_at IS NOT NULL AND release_reason IS NOT NULL))
);
CREATE INDEX entitlement_entries_child ON entitlement_entries (child_id, service_kind, window_start);
