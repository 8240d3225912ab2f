-- Every address is in address_cipher now (Java migration 44.1 encrypted the rows written before V44): the plain
-- column goes, and with it any copy of an address readable without the key.
ALTER TABLE home_visits DROP COLUMN address;
ALTER TABLE home_visits ADD CONSTRAINT home_visits_address_sealed
    CHECK (address_cipher IS NULL OR length(address_cipher) > 29);
