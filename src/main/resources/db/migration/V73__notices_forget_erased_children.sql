-- A notice about a child names it (masked) with a class, a facility and times: personal data tied to the child. When
-- a guardian withdraws consent and the child is erased, its notices leave every inbox, and a pick-up code not yet
-- sent is not sent. The notice remembers which child it is about only for that; nothing shows the id.
ALTER TABLE notification ADD COLUMN child_id uuid;
CREATE INDEX notification_by_child ON notification (child_id) WHERE child_id IS NOT NULL;
ALTER TABLE notification_delivery ADD COLUMN child_id uuid,
    ADD CONSTRAINT notification_delivery_child_only_direct CHECK (child_id IS NULL OR notification_id IS NULL);
CREATE INDEX notification_delivery_by_child ON notification_delivery (child_id) WHERE child_id IS NOT NULL;
