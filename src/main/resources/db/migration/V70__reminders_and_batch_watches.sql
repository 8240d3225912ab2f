-- Notifications (issue 15): what each feature has already reminded people of, so that a reminder scan finds only
-- what is still to remind (the notification's event key keeps a second scan from telling anyone twice anyway).

-- The day-before reminder of a booked class was written.
ALTER TABLE class_bookings ADD COLUMN reminded_at timestamptz;
CREATE INDEX class_bookings_to_remind ON class_bookings (class_id) WHERE state = 'BOOKED' AND reminded_at IS NULL;

-- The scheduled start the family was last reminded of the day before (a visit moved later is reminded again).
ALTER TABLE home_visits ADD COLUMN reminded_start timestamptz;
CREATE INDEX home_visits_to_remind ON home_visits (scheduled_start) WHERE state = 'SCHEDULED';

-- The family was told the voucher expires soon.
ALTER TABLE vouchers ADD COLUMN expiry_reminded_at timestamptz;
CREATE INDEX vouchers_to_remind ON vouchers (valid_until) WHERE state = 'CLAIMED' AND expiry_reminded_at IS NULL;

-- Residents who asked to be told when a voucher batch of their district opens for claims.
CREATE TABLE voucher_batch_watches (
    id            uuid PRIMARY KEY,
    subject       text NOT NULL CHECK (length(subject) BETWEEN 1 AND 100),
    district_code text NOT NULL REFERENCES districts (code),
    created_at    timestamptz NOT NULL,
    UNIQUE (subject, district_code)
);
CREATE INDEX voucher_batch_watches_district ON voucher_batch_watches (district_code);
