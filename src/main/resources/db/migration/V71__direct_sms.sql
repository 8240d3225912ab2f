-- A delivery to an address nobody's inbox holds (issue 16: the one-time pick-up code to a person a guardian named,
-- who is no user): the delivery carries its own number, kind, event key, parameters and deadline, and has no
-- notification. SMS only. The database keeps one per (event, channel, number), so a code is never sent twice, and a
-- direct delivery's parameters (the code) are gone once it is SENT or DEAD: the row says it was sent, not what.
ALTER TABLE notification_delivery
    ALTER COLUMN notification_id DROP NOT NULL,
    ADD COLUMN to_address text CHECK (to_address ~ '^\+?[0-9]{6,20}$'),
    ADD COLUMN kind       text CHECK (kind ~ '^[A-Z_]{3,40}$'),
    ADD COLUMN event_key  text CHECK (length(event_key) BETWEEN 1 AND 200),
    ADD COLUMN params     text,
    ADD COLUMN deadline   timestamptz,
    ADD CONSTRAINT notification_delivery_direct CHECK ((notification_id IS NULL) = (to_address IS NOT NULL)
        AND (notification_id IS NOT NULL OR (kind IS NOT NULL AND event_key IS NOT NULL AND channel = 'SMS'))),
    ADD CONSTRAINT notification_delivery_direct_scrubbed CHECK (state IN ('QUEUED', 'SENDING') OR params IS NULL);
CREATE UNIQUE INDEX notification_delivery_direct_once ON notification_delivery (event_key, channel, to_address)
    WHERE notification_id IS NULL;
