-- Childcare experience vouchers (托育服务体验券): batches, the vouchers claimed from them, redemptions at filed
-- facilities, idempotency records for retried redemptions, and an append-only audit trail.
-- The invariants money and fairness depend on are enforced here, not only in Java:
--   * never more vouchers than the batch quantity: voucher_batches.issued <= quantity, raised by a conditional
--     UPDATE, and each voucher takes a distinct serial 1..quantity;
--   * never more than the per-child limit: (batch, child, claim_slot) is unique and claim_slot <= the batch's limit
--     (the limit is copied under a composite foreign key, so it cannot disagree with the batch);
--   * one redemption per voucher: a unique index over live (not voided) redemptions.

CREATE TABLE voucher_batches (
    id                   uuid PRIMARY KEY,
    district_code        text NOT NULL REFERENCES districts (code),
    name                 text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    care_hours           numeric(4, 1) CHECK (care_hours IS NULL OR care_hours > 0),
    face_value_cents     integer CHECK (face_value_cents IS NULL OR face_value_cents > 0),
    quantity             integer NOT NULL CHECK (quantity > 0 AND quantity <= 10000000),
    issued               integer NOT NULL DEFAULT 0,
    per_child_limit      integer NOT NULL CHECK (per_child_limit BETWEEN 1 AND 100),
    min_age_months       integer NOT NULL CHECK (min_age_months BETWEEN 0 AND 36),
    max_age_months       integer NOT NULL CHECK (max_age_months BETWEEN 0 AND 36),
    all_hourly_facilities boolean NOT NULL,
    claim_opens_at       timestamptz NOT NULL,
    claim_closes_at      timestamptz NOT NULL,
    valid_until          timestamptz NOT NULL,
    reserves_entitlement boolean NOT NULL,
    status               text NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'PAUSED', 'CLOSED')),
    created_by           text NOT NULL,
    created_at           timestamptz NOT NULL,
    CHECK (care_hours IS NOT NULL OR face_value_cents IS NOT NULL),
    CHECK (max_age_months >= min_age_months),
    CHECK (claim_closes_at > claim_opens_at),
    CHECK (valid_until >= claim_closes_at),
    CHECK (issued >= 0 AND issued <= quantity),
    UNIQUE (id, per_child_limit)
);
CREATE INDEX voucher_batches_district ON voucher_batches (district_code, status);

-- the facilities a batch may be redeemed at, when it is not every filed hourly-care facility of its district
CREATE TABLE voucher_batch_facilities (
    batch_id    uuid NOT NULL REFERENCES voucher_batches (id) ON DELETE CASCADE,
    facility_id uuid NOT NULL REFERENCES facilities (id),
    PRIMARY KEY (batch_id, facility_id)
);

CREATE TABLE vouchers (
    id              uuid PRIMARY KEY,
    batch_id        uuid NOT NULL,
    per_child_limit integer NOT NULL,
    serial          integer NOT NULL CHECK (serial >= 1),
    child_id        uuid NOT NULL REFERENCES children (id),
    holder_subject  text NOT NULL CHECK (length(holder_subject) BETWEEN 1 AND 100),
    claim_slot      integer NOT NULL,
    secret          bytea NOT NULL CHECK (length(secret) = 32),
    manual_code     text NOT NULL UNIQUE CHECK (manual_code ~ '^[0-9]{13}$'),
    state           text NOT NULL CHECK (state IN ('CLAIMED', 'REDEEMED', 'EXPIRED')),
    reservation_id  uuid,
    claimed_at      timestamptz NOT NULL,
    valid_until     timestamptz NOT NULL,
    expired_at      timestamptz,
    FOREIGN KEY (batch_id, per_child_limit) REFERENCES voucher_batches (id, per_child_limit),
    UNIQUE (batch_id, serial),
    UNIQUE (batch_id, child_id, claim_slot),
    CHECK (claim_slot BETWEEN 1 AND per_child_limit),
    CHECK ((state = 'EXPIRED') = (expired_at IS NOT NULL))
);
CREATE INDEX vouchers_child ON vouchers (child_id);
CREATE INDEX vouchers_holder ON vouchers (holder_subject);
CREATE INDEX vouchers_expiring ON vouchers (valid_until) WHERE state = 'CLAIMED';

CREATE TABLE voucher_redemptions (
    id            uuid PRIMARY KEY,
    voucher_id    uuid NOT NULL REFERENCES vouchers (id),
    facility_id   uuid NOT NULL REFERENCES facilities (id),
    method        text NOT NULL CHECK (method IN ('SCAN', 'PHOTO', 'MANUAL')),
    redeemed_at   timestamptz NOT NULL,
    staff_subject text NOT NULL,
    device        text CHECK (device IS NULL OR length(device) <= 100),
    client_ip     text,
    voided_at     timestamptz,
    voided_by     text,
    void_reason   text CHECK (void_reason IS NULL OR length(void_reason) BETWEEN 1 AND 500),
    CHECK ((voided_at IS NULL) = (void_reason IS NULL) AND (voided_at IS NULL) = (voided_by IS NULL))
);
CREATE UNIQUE INDEX voucher_redemptions_one_live ON voucher_redemptions (voucher_id) WHERE voided_at IS NULL;
CREATE INDEX voucher_redemptions_facility ON voucher_redemptions (facility_id, redeemed_at);

-- a retried request with the same Idempotency-Key gets the first answer back
CREATE TABLE idempotency_records (
    scope        text NOT NULL,
    key          text NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
    request_hash bytea NOT NULL,
    status       integer,
    body         text,
    location     text,
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (scope, key)
);

-- who claimed, redeemed or voided what, where and from which device: append-only
CREATE TABLE voucher_audit (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at            timestamptz NOT NULL,
    action        text NOT NULL CHECK (action IN ('BATCH_CREATED', 'BATCH_CHANGED', 'CLAIMED', 'REDEEMED', 'VOIDED',
                                                   'EXPIRED')),
    batch_id      uuid NOT NULL,
    voucher_id    uuid,
    facility_id   uuid,
    actor_subject text,
    actor_role    text,
    device        text,
    client_ip     text,
    detail        text
);
CREATE INDEX voucher_audit_voucher ON voucher_audit (voucher_id);

CREATE FUNCTION voucher_audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'voucher_audit is append-only';
END
$$;
CREATE TRIGGER voucher_audit_append_only BEFORE UPDATE OR DELETE ON voucher_audit
    FOR EACH ROW EXECUTE FUNCTION voucher_audit_is_append_only();
