-- Childcare facilities, their filing applications with uploaded materials, and every review decision.
-- Rules: see cn.tuoyu.facilities/package-info.java. The constraints below are the ones the software relies on.

CREATE TABLE facilities (
    id                uuid PRIMARY KEY,
    name              text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    -- GB 32100 unified social credit code; the check character is verified by the application
    credit_code       text NOT NULL UNIQUE CHECK (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$'),
    address           text NOT NULL CHECK (length(address) BETWEEN 1 AND 300),
    district_code     text NOT NULL REFERENCES districts (code),
    registration_type text NOT NULL CHECK (registration_type IN ('PUBLIC_NON_PROFIT', 'PRIVATE_NON_PROFIT', 'FOR_PROFIT')),
    places_infant     integer NOT NULL DEFAULT 0 CHECK (places_infant >= 0),
    places_toddler    integer NOT NULL DEFAULT 0 CHECK (places_toddler >= 0),
    places_older      integer NOT NULL DEFAULT 0 CHECK (places_older >= 0),
    places_mixed      integer NOT NULL DEFAULT 0 CHECK (places_mixed >= 0),
    affordable        boolean NOT NULL DEFAULT false,
    demonstration     boolean NOT NULL DEFAULT false,
    quality_grade     text CHECK (quality_grade IS NULL OR length(quality_grade) <= 20),
    opening_hours     text CHECK (opening_hours IS NULL OR length(opening_hours) <= 200),
    contact_phone     text CHECK (contact_phone IS NULL OR contact_phone ~ '^[0-9+() -]{5,20}$'),
    serves_meals      boolean NOT NULL DEFAULT false,
    standing          text NOT NULL DEFAULT 'NOT_FILED'
                      CHECK (standing IN ('NOT_FILED', 'FILED', 'SUSPENDED', 'REVOKED', 'DEREGISTERED')),
    filing_number     text UNIQUE CHECK (filing_number IS NULL OR length(filing_number) BETWEEN 1 AND 60),
    filed_on          date,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    version           bigint NOT NULL DEFAULT 0,
    -- a facility that was ever filed keeps its filing number and date
    CONSTRAINT facilities_filed_has_number
        CHECK (standing = 'NOT_FILED' OR (filing_number IS NOT NULL AND filed_on IS NOT NULL))
);
CREATE INDEX facilities_district ON facilities (district_code, standing);

CREATE TABLE facility_service_types (
    facility_id  uuid NOT NULL REFERENCES facilities (id) ON DELETE CASCADE,
    service_type text NOT NULL CHECK (service_type IN ('FULL_DAY', 'HALF_DAY', 'HOURLY', 'OCCASIONAL')),
    PRIMARY KEY (facility_id, service_type)
);

CREATE TABLE facility_applications (
    id            uuid PRIMARY KEY,
    facility_id   uuid NOT NULL REFERENCES facilities (id),
    kind          text NOT NULL CHECK (kind IN ('FILING', 'CHANGE', 'DEREGISTRATION')),
    status        text NOT NULL CHECK (status IN ('DRAFT', 'PENDING', 'APPROVED', 'REFUSED')),
    -- the proposed record of a change application, as JSON
    proposed      text CHECK ((kind = 'CHANGE') = (proposed IS NOT NULL)),
    created_at    timestamptz NOT NULL DEFAULT now(),
    submitted_at  timestamptz,
    decided_at    timestamptz,
    reasons       text,
    version       bigint NOT NULL DEFAULT 0,
    CHECK (status = 'DRAFT' OR submitted_at IS NOT NULL),
    CHECK ((status IN ('APPROVED', 'REFUSED')) = (decided_at IS NOT NULL)),
    CHECK (status <> 'REFUSED' OR length(reasons) > 0)
);
-- at most one application in progress per facility
CREATE UNIQUE INDEX facility_applications_one_open ON facility_applications (facility_id)
    WHERE status IN ('DRAFT', 'PENDING');
CREATE INDEX facility_applications_status ON facility_applications (status, submitted_at);

CREATE TABLE facility_materials (
    application_id uuid NOT NULL REFERENCES facility_applications (id) ON DELETE CASCADE,
    kind           text NOT NULL CHECK (kind IN ('BUSINESS_LICENCE', 'PREMISES_PROOF', 'STAFF_CERTIFICATES',
                                                'HYGIENE_EVALUATION', 'FIRE_SAFETY', 'FOOD_LICENCE')),
    content_type   text NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes     integer NOT NULL CHECK (size_bytes > 0),
    sha256         text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content        bytea NOT NULL,
    uploaded_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (application_id, kind),
    CHECK (octet_length(content) = size_bytes)
);

-- every review decision, append-only: who, when, why
CREATE TABLE facility_decisions (
    id              uuid PRIMARY KEY,
    facility_id     uuid NOT NULL REFERENCES facilities (id),
    application_id  uuid REFERENCES facility_applications (id),
    action          text NOT NULL CHECK (action IN ('FILE', 'REFUSE', 'APPROVE_CHANGE', 'REFUSE_CHANGE',
                                                    'DEREGISTER', 'REFUSE_DEREGISTRATION',
                                                    'SUSPEND', 'REINSTATE', 'REVOKE')),
    standing_after  text NOT NULL CHECK (standing_after IN ('NOT_FILED', 'FILED', 'SUSPENDED', 'REVOKED', 'DEREGISTERED')),
    district_code   text NOT NULL REFERENCES districts (code),
    decided_by      text NOT NULL,
    decided_by_name text,
    decided_at      timestamptz NOT NULL DEFAULT now(),
    reasons         text,
    filing_number   text,
    CHECK ((action IN ('FILE', 'APPROVE_CHANGE', 'DEREGISTER', 'REFUSE', 'REFUSE_CHANGE', 'REFUSE_DEREGISTRATION'))
           = (application_id IS NOT NULL)),
    CHECK (action IN ('FILE', 'APPROVE_CHANGE', 'DEREGISTER') OR length(reasons) > 0)
);
-- an application is decided once
CREATE UNIQUE INDEX facility_decisions_once ON facility_decisions (application_id) WHERE application_id IS NOT NULL;
CREATE INDEX facility_decisions_facility ON facility_decisions (facility_id, decided_at);

CREATE FUNCTION facility_decisions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'facility_decisions is append-only';
END $$;
CREATE TRIGGER facility_decisions_append_only BEFORE UPDATE OR DELETE ON facility_decisions
    FOR EACH ROW EXECUTE FUNCTION facility_decisions_append_only();
