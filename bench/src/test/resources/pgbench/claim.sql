-- The SQL of one voucher claim as the app runs it (VoucherClaims, ChildDirectory, Consents), for pgbench.
-- Each client claims for its own 100 children, so clients never race for one child's slot.
\set n :client_id * 100 + random(1, 100)
SELECT child_id, subject FROM bench_children WHERE n = :n \gset
BEGIN;
SELECT notice_version, given_at FROM children_data_consents WHERE subject = :subject AND withdrawn_at IS NULL;
SELECT c.id, c.name, c.birth_date, c.district_code FROM children c JOIN guardianships g ON g.child_id = c.id WHERE c.id = :child_id AND g.subject = :subject AND c.anonymised_at IS NULL;
SELECT id, quantity, issued, per_child_limit, status, claim_opens_at, claim_closes_at FROM voucher_batches WHERE id = :batch;
SELECT count(*) + 1 AS slot FROM vouchers WHERE batch_id = :batch AND child_id = :child_id \gset
INSERT INTO voucher_audit (at, action, batch_id, actor_subject, actor_role) VALUES (now(), 'CLAIMED', :batch, :subject, 'resident');
SELECT lastval();
UPDATE voucher_batches SET issued = issued + 1 WHERE id = :batch AND status = 'PUBLISHED' AND issued < quantity AND claim_opens_at <= now() AND claim_closes_at > now() RETURNING issued \gset
INSERT INTO vouchers (id, batch_id, per_child_limit, serial, child_id, holder_subject, claim_slot, secret, manual_code, state, claimed_at, valid_until) SELECT gen_random_uuid(), b.id, b.per_child_limit, :issued, :child_id, :subject, :slot, decode(md5(random()::text) || md5(random()::text), 'hex'), lpad(floor(random() * 1e13)::bigint::text, 13, '0'), 'CLAIMED', now(), b.valid_until FROM voucher_batches b WHERE b.id = :batch ON CONFLICT (manual_code) DO NOTHING;
END;
