-- Hourly care tells families (issues 15 and 16): the day-before reminder is written once per session, marked here
-- like a class booking's, so instances running the reminder at once pass over what another already reminded.
ALTER TABLE hourly_care_sessions ADD COLUMN reminded_at timestamptz;
CREATE INDEX hourly_care_sessions_to_remind ON hourly_care_sessions (starts_at) WHERE state = 'BOOKED' AND reminded_at IS NULL;
