-- The live board says who checked a child in by name (the staff member's Keycloak name, as it was then), not by the
-- token subject kept for the audit trail.
ALTER TABLE hourly_care_sessions ADD COLUMN checked_in_by_name text CHECK (length(checked_in_by_name) <= 200);
