-- Issue 12, items 1 and 7: what identifies a child is hidden better, on screens and at rest.

-- A resident ID's masked form shows none of its characters any more (the old form showed the first and last four,
-- and the hidden ten were exactly region and birth date, which the same answers carried: the number could be
-- rebuilt). See the table in cn.tuoyu.families.package-info.
UPDATE children SET document_masked = repeat('*', 18) WHERE document_kind = 'RESIDENT_ID';

-- Home-visit addresses are stored only encrypted (AES-256-GCM under a key derived from app.identity-key for this
-- purpose, sealed to the visit id). Nothing is encrypted here: the Java migration 44.1
-- (cn.tuoyu.guidance.control.VisitAddressEncryption) encrypts rows written before, and V45 drops the plain column.
-- Renumbering these files means renumbering that class's version too.
ALTER TABLE home_visits ADD COLUMN address_cipher bytea;

-- A resident's attempts to register an identity number another family registered: audit (PIPL art. 51) and the
-- basis of the per-resident limit. Holds the number's keyed hash (HMAC-SHA256, the lookup hash of children), never
-- the number. Append-only.
CREATE TABLE registration_refusals (
    id            uuid PRIMARY KEY,
    subject       text NOT NULL CHECK (length(subject) BETWEEN 1 AND 100),
    document_hash bytea NOT NULL CHECK (length(document_hash) = 32),
    outcome       text NOT NULL CHECK (outcome IN ('REFUSED', 'RATE_LIMITED')),
    refused_at    timestamptz NOT NULL
);
CREATE INDEX registration_refusals_subject ON registration_refusals (subject, refused_at);

CREATE FUNCTION registration_refusals_are_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'registration_refusals is append-only';
END
$$;
CREATE TRIGGER registration_refusals_append_only BEFORE UPDATE OR DELETE ON registration_refusals
    FOR EACH ROW EXECUTE FUNCTION registration_refusals_are_append_only();
