-- Issue 13: the district's health staff, so that a home visit is assigned to a person who exists and works in the
-- visit's district, picked from a list instead of typed. Keycloak stays the source of who they are: a row is written
-- (or moved to another district, renamed) when a health-commission user calls the API with a token carrying their
-- subject, name and district claim. No Keycloak admin client: the app never reads Keycloak's user list.
CREATE TABLE district_staff (
    subject       text PRIMARY KEY CHECK (length(subject) BETWEEN 1 AND 100),
    district_code text NOT NULL CHECK (district_code ~ '^[0-9]{6}$'),
    display_name  text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
    first_seen_at timestamptz NOT NULL DEFAULT now(),
    last_seen_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX district_staff_by_district ON district_staff (district_code, display_name);
