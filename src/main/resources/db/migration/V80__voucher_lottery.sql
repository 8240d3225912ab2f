-- Lottery mode for voucher batches (issue 17): instead of first come, first served, children apply in a window and a
-- verifiable draw orders them; the first `quantity` positions are offered a voucher, and an offer that runs out passes
-- down the order. What fairness depends on is enforced here:
--   * a lottery batch gives one voucher per child and names its draw time inside the claim window;
--   * one live (not withdrawn) application per child and batch: a partial unique index;
--   * one draw per batch (lottery_draws' primary key) and one application per position (unique (batch, position));
--   * the seed is committed to (sha256, hex) when the batch is published and shown only after the draw. It is kept
--     here in plain: the app has no general helper for data at rest (the identity cipher's keys are labelled for
--     identity numbers and visit addresses), and the database's readers can learn it before the draw but not change
--     the order it gives, which depends on application ids the database generated before.

ALTER TABLE voucher_batches
    ADD COLUMN allocation text NOT NULL DEFAULT 'FIRST_COME' CHECK (allocation IN ('FIRST_COME', 'LOTTERY')),
    ADD COLUMN draw_at timestamptz,
    ADD COLUMN offer_hours integer CHECK (offer_hours IS NULL OR offer_hours BETWEEN 1 AND 720),
    ADD COLUMN lottery_seed bytea CHECK (lottery_seed IS NULL OR length(lottery_seed) = 32),
    ADD COLUMN lottery_commitment text CHECK (lottery_commitment IS NULL OR lottery_commitment ~ '^[0-9a-f]{64}$'),
    ADD CONSTRAINT voucher_batches_lottery_terms CHECK (allocation = 'FIRST_COME' AND draw_at IS NULL
        AND offer_hours IS NULL AND lottery_seed IS NULL
        OR allocation = 'LOTTERY' AND draw_at IS NOT NULL AND offer_hours IS NOT NULL AND per_child_limit = 1
            AND draw_at > claim_opens_at AND draw_at < claim_closes_at),
    ADD CONSTRAINT voucher_batches_seed_committed CHECK ((lottery_seed IS NULL) = (lottery_commitment IS NULL));

CREATE TABLE lottery_draws (
    batch_id     uuid PRIMARY KEY REFERENCES voucher_batches (id),
    drawn_at     timestamptz NOT NULL,
    applications integer NOT NULL CHECK (applications >= 0)
);

CREATE TABLE lottery_applications (
    id               uuid PRIMARY KEY,
    batch_id         uuid NOT NULL REFERENCES voucher_batches (id),
    child_id         uuid NOT NULL REFERENCES children (id),
    guardian_subject text NOT NULL CHECK (length(guardian_subject) BETWEEN 1 AND 100),
    tier             integer NOT NULL DEFAULT 1 CHECK (tier >= 1),
    state            text NOT NULL CHECK (state IN ('APPLIED', 'WITHDRAWN', 'WAITING', 'OFFERED', 'CLAIMED',
                                                    'OFFER_EXPIRED')),
    applied_at       timestamptz NOT NULL,
    withdrawn_at     timestamptz,
    position         integer CHECK (position IS NULL OR position >= 1),
    offered_at       timestamptz,
    offer_deadline   timestamptz,
    -- deferred: a claim marks its offer before the conditional UPDATE gives the voucher its serial and it is written
    voucher_id       uuid REFERENCES vouchers (id) DEFERRABLE INITIALLY DEFERRED,
    UNIQUE (batch_id, position),
    CHECK ((state = 'WITHDRAWN') = (withdrawn_at IS NOT NULL)),
    CHECK ((state IN ('APPLIED', 'WITHDRAWN')) = (position IS NULL)),
    CHECK ((state IN ('OFFERED', 'CLAIMED', 'OFFER_EXPIRED')) = (offer_deadline IS NOT NULL)),
    CHECK ((state = 'CLAIMED') = (voucher_id IS NOT NULL))
);
-- one live application per child and batch: a second one (a double tap, a second guardian) is refused here
CREATE UNIQUE INDEX lottery_applications_one_live ON lottery_applications (batch_id, child_id)
    WHERE state <> 'WITHDRAWN';
CREATE INDEX lottery_applications_child ON lottery_applications (child_id);
CREATE INDEX lottery_applications_due_offers ON lottery_applications (offer_deadline) WHERE state = 'OFFERED';
CREATE INDEX lottery_applications_waiting ON lottery_applications (batch_id, position) WHERE state = 'WAITING';
