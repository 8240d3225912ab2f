-- The conclusion of the facility's 《托幼机构卫生评价报告》 as the reviewer read it from the uploaded report, kept with
-- the decision. A facility is filed only on 合格 (瀍政办〔2022〕15号 二(二)2: 评价为"合格"的《托幼机构卫生评价报告》).
-- Filing decisions taken before this column existed were read on paper; NOT VALID leaves them as they are and holds
-- every new row to the rule (IS NOT DISTINCT FROM, because a CHECK that comes out NULL passes).
ALTER TABLE facility_decisions ADD COLUMN hygiene_evaluation text
    CHECK (hygiene_evaluation IN ('QUALIFIED', 'NOT_QUALIFIED'));
ALTER TABLE facility_decisions ADD CONSTRAINT facility_decisions_filed_on_qualified_hygiene
    CHECK (action <> 'FILE' OR hygiene_evaluation IS NOT DISTINCT FROM 'QUALIFIED') NOT VALID;
