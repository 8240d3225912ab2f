-- The platform's first migration: nothing but a marker that the schema is managed by Flyway.
-- Feature tables follow in their own versioned migrations.
CREATE TABLE platform_info (
    key   text PRIMARY KEY,
    value text NOT NULL
);
INSERT INTO platform_info (key, value) VALUES ('schema-owner', 'flyway');
