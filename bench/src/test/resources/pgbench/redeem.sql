-- The SQL of one redemption by manual code as the app runs it (RedemptionDesk, FacilityStanding, ChildDirectory,
-- IdempotencyRecords, through JPA), for pgbench. A voucher picked twice is simply not redeemed the second time.
\set n random(1, :vouchers)
SELECT manual_code FROM bench_vouchers WHERE n = :n \gset
BEGIN;
INSERT INTO idempotency_records (scope, key, request_hash, created_at) VALUES ('redeem-bench', gen_random_uuid()::text, decode('00', 'hex'), now()) ON CONFLICT DO NOTHING;
SELECT id, batch_id, child_id, state, valid_until, reservation_id, secret, manual_code FROM vouchers WHERE manual_code = :manual_code FOR UPDATE;
SELECT * FROM voucher_batches b WHERE b.id = (SELECT batch_id FROM vouchers WHERE manual_code = :manual_code);
SELECT 1 FROM facilities WHERE id = :facility FOR SHARE;
SELECT * FROM facilities WHERE id = :facility;
SELECT service_type FROM facility_service_types WHERE facility_id = :facility;
SELECT c.id, c.name, c.birth_date, c.district_code FROM children c JOIN vouchers v ON v.child_id = c.id WHERE v.manual_code = :manual_code;
INSERT INTO child_access_log (id, child_id, actor_subject, actor_role, purpose, accessed_at) SELECT gen_random_uuid(), v.child_id, 'bench-staff', 'facility', 'VOUCHER_REDEMPTION', now() FROM vouchers v WHERE v.manual_code = :manual_code;
WITH redeemed AS (UPDATE vouchers SET state = 'REDEEMED' WHERE manual_code = :manual_code AND state = 'CLAIMED' AND valid_until > now() RETURNING id, batch_id)
, recorded AS (INSERT INTO voucher_redemptions (id, voucher_id, facility_id, method, redeemed_at, staff_subject, device) SELECT gen_random_uuid(), id, :facility, 'MANUAL', now(), 'bench-staff', 'bench' FROM redeemed RETURNING voucher_id)
INSERT INTO voucher_audit (at, action, batch_id, voucher_id, facility_id, actor_subject, actor_role) SELECT now(), 'REDEEMED', r.batch_id, r.id, :facility, 'bench-staff', 'facility' FROM redeemed r;
-- the round trip of EclipseLink's SELECT lastval() after the audit line (lastval() itself fails when nothing was inserted)
SELECT 1;
SELECT scope, key, request_hash, body, created_at FROM idempotency_records WHERE scope = 'redeem-bench' AND key = 'none';
UPDATE idempotency_records SET body = '{}' WHERE scope = 'redeem-bench' AND key = 'none';
END;
