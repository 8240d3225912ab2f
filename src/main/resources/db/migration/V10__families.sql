-- Families: guardians' consent to the children's-data notice, children, guardianships, invitations for a second
-- guardian, and the log of staff reads. Children's data is sensitive personal information (PIPL art. 28, 31):
-- identity numbers are stored only encrypted (AES-GCM, key from configuration) with a keyed hash (HMAC-SHA256)
-- beside them for the uniqueness check, and a masked form for display.

CREATE TABLE children_data_consents (
    id             uuid PRIMARY KEY,
    subject        text NOT NULL CHECK (length(subject) BETWEEN 1 AND 100),
    notice_version text NOT NULL CHECK (length(notice_version) BETWEEN 1 AND 40),
    given_at       timestamptz NOT NULL,
    withdrawn_at   timestamptz,
    CHECK (withdrawn_at IS NULL OR withdrawn_at >= given_at)
);
-- at most one current consent per guardian
CREATE UNIQUE INDEX children_data_consents_current ON children_data_consents (subject) WHERE withdrawn_at IS NULL;

CREATE TABLE children (
    id              uuid PRIMARY KEY,
    name            text CHECK (length(name) BETWEEN 1 AND 50),
    sex             text CHECK (sex IN ('FEMALE', 'MALE')),
    birth_date      date,
    document_kind   text CHECK (document_kind IN ('RESIDENT_ID', 'BIRTH_CERTIFICATE')),
    document_cipher bytea,
    document_hash   bytea UNIQUE,
    document_masked text,
    district_code   text NOT NULL REFERENCES districts (code),
    registered_at   timestamptz NOT NULL,
    anonymised_at   timestamptz,
    -- a child is either fully recorded, or irreversibly anonymised (personal fields gone, id kept for statistics)
    CHECK ((anonymised_at IS NULL AND name IS NOT NULL AND sex IS NOT NULL AND birth_date IS NOT NULL
                AND document_kind IS NOT NULL AND document_cipher IS NOT NULL AND document_hash IS NOT NULL
                AND document_masked IS NOT NULL)
        OR (anonymised_at IS NOT NULL AND name IS NULL AND sex IS NULL AND birth_date IS NULL
                AND document_kind IS NULL AND document_cipher IS NULL AND document_hash IS NULL
                AND document_masked IS NULL))
);
CREATE INDEX children_district ON children (district_code) WHERE anonymised_at IS NULL;

CREATE TABLE guardianships (
    child_id uuid NOT NULL REFERENCES children (id) ON DELETE CASCADE,
    subject  text NOT NULL CHECK (length(subject) BETWEEN 1 AND 100),
    relation text NOT NULL CHECK (relation IN ('MOTHER', 'FATHER', 'GRANDPARENT', 'OTHER_GUARDIAN')),
    since    timestamptz NOT NULL,
    PRIMARY KEY (child_id, subject)
);
CREATE INDEX guardianships_subject ON guardianships (subject);

CREATE TABLE guardian_invitations (
    code        uuid PRIMARY KEY,
    child_id    uuid NOT NULL REFERENCES children (id) ON DELETE CASCADE,
    issued_by   text NOT NULL,
    issued_at   timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL CHECK (expires_at > issued_at),
    accepted_by text,
    accepted_at timestamptz,
    CHECK ((accepted_by IS NULL) = (accepted_at IS NULL))
);

-- who read which child's record, when and why (staff only); holds no personal data of the child
CREATE TABLE child_access_log (
    id            uuid PRIMARY KEY,
    child_id      uuid NOT NULL,
    actor_subject text NOT NULL,
    actor_role    text NOT NULL,
    actor_scope   text,
    purpose       text NOT NULL,
    accessed_at   timestamptz NOT NULL
);
CREATE INDEX child_access_log_child ON child_access_log (child_id, accessed_at);
