-- Optional priority tiers of a district's lottery batches (issue 17), as district data with effective dates like the
-- district's other rules: the rule in force on the day a child applies decides the application's tier, shown in the
-- public draw. NO_VOUCHER_THIS_YEAR: tier 1 for a child who has had no voucher of the district this calendar year
-- (China time), tier 2 for the others. No row: every application is tier 1.
CREATE TABLE lottery_priority_rules (
    id             uuid PRIMARY KEY,
    district_code  text NOT NULL REFERENCES districts (code),
    effective_from date NOT NULL,
    first_tier     text NOT NULL CHECK (first_tier IN ('NONE', 'NO_VOUCHER_THIS_YEAR')),
    UNIQUE (district_code, effective_from)
);
