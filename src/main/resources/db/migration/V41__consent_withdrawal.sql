-- Withdrawal of consent (个人信息保护法 art. 47(三), issue 11): the unredeemed vouchers of a child erased on withdrawal
-- are cancelled in the withdrawal's transaction. A cancelled voucher keeps its serial and stays counted in the batch's
-- issued total (like an expired one: serials are 1..issued and unique), gives back the entitlement it reserved, and
-- is written to the audit trail. Redeemed vouchers stay as they are for settlement.
ALTER TABLE vouchers ADD COLUMN cancelled_at timestamptz;
ALTER TABLE vouchers DROP CONSTRAINT vouchers_state_check;
ALTER TABLE vouchers ADD CONSTRAINT vouchers_state_check
    CHECK (state IN ('CLAIMED', 'REDEEMED', 'EXPIRED', 'CANCELLED'));
ALTER TABLE vouchers ADD CONSTRAINT vouchers_cancelled_at_check CHECK ((state = 'CANCELLED') = (cancelled_at IS NOT NULL));

ALTER TABLE voucher_audit DROP CONSTRAINT voucher_audit_action_check;
ALTER TABLE voucher_audit ADD CONSTRAINT voucher_audit_action_check
    CHECK (action IN ('BATCH_CREATED', 'BATCH_CHANGED', 'CLAIMED', 'REDEEMED', 'VOIDED', 'EXPIRED', 'CANCELLED'));
