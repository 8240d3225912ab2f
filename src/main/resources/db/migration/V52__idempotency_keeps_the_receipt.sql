-- An Idempotency-Key now keeps the first redemption's receipt (body); what a retry is answered with (201 and the
-- redemption's Location) is decided where HTTP is spoken, so the stored status and Location are no longer read.
ALTER TABLE idempotency_records DROP COLUMN status, DROP COLUMN location;
