-- A redemption made when a child was checked in to an hourly-care session (issue 16) pays for that session: the hours
-- given are written to it at check-out. Voiding it at the counter would reopen the voucher under a child in care and
-- leave the check-out nothing to settle, so it cannot be voided; the column says which redemptions those are.
ALTER TABLE voucher_redemptions ADD COLUMN at_check_in boolean NOT NULL DEFAULT false;
