-- Demo facilities (obviously fictional) for the run command (APP_DEMO_DATA=true). Idempotent.
-- f001 is the facility of the realm's demo-facility user: filed in 海门区 and in good standing, offers 计时托.
INSERT INTO facilities (id, name, credit_code, address, district_code, registration_type, places_infant,
                        places_toddler, places_older, places_mixed, affordable, demonstration, quality_grade,
                        opening_hours, contact_phone, serves_meals, standing, filing_number, filed_on)
VALUES
    ('00000000-0000-4000-8000-00000000f001', '示例小海豚托育园（演示）', '52320614MJ00000010', '海门区示例路1号（演示地址）',
     '320614', 'PRIVATE_NON_PROFIT', 10, 20, 25, 0, true, true, 'A', '周一至周五 7:30-17:30', '0513-0000001',
     true, 'FILED', '海卫托备〔2026〕演示001号', DATE '2026-01-05'),
    ('00000000-0000-4000-8000-00000000f002', '示例小星星托育中心（演示）', '92320614MA0000002E', '海门区示例路2号（演示地址）',
     '320614', 'FOR_PROFIT', 0, 15, 15, 0, false, false, NULL, '周一至周六 8:00-18:00', '0513-0000002',
     false, 'NOT_FILED', NULL, NULL),
    ('00000000-0000-4000-8000-00000000f003', '示例彩虹桥托育（演示）', '91410302MA0000003B', '瀍河回族区示例街3号（演示地址）',
     '410302', 'FOR_PROFIT', 0, 10, 10, 5, false, false, NULL, '周一至周五 8:00-17:00', '0379-0000003',
     true, 'NOT_FILED', NULL, NULL)
ON CONFLICT DO NOTHING;

INSERT INTO facility_service_types (facility_id, service_type) VALUES
    ('00000000-0000-4000-8000-00000000f001', 'FULL_DAY'),
    ('00000000-0000-4000-8000-00000000f001', 'HALF_DAY'),
    ('00000000-0000-4000-8000-00000000f001', 'HOURLY'),
    ('00000000-0000-4000-8000-00000000f001', 'OCCASIONAL'),
    ('00000000-0000-4000-8000-00000000f002', 'FULL_DAY'),
    ('00000000-0000-4000-8000-00000000f002', 'HOURLY'),
    ('00000000-0000-4000-8000-00000000f003', 'FULL_DAY')
ON CONFLICT DO NOTHING;

INSERT INTO facility_applications (id, facility_id, kind, status, created_at, submitted_at, decided_at, reasons)
VALUES
    ('00000000-0000-4000-8000-0000000fa001', '00000000-0000-4000-8000-00000000f001', 'FILING', 'APPROVED',
     TIMESTAMPTZ '2025-12-20 09:00+08', TIMESTAMPTZ '2025-12-22 10:00+08', TIMESTAMPTZ '2026-01-05 15:00+08', NULL),
    ('00000000-0000-4000-8000-0000000fa002', '00000000-0000-4000-8000-00000000f002', 'FILING', 'PENDING',
     TIMESTAMPTZ '2026-02-01 09:00+08', TIMESTAMPTZ '2026-02-03 11:00+08', NULL, NULL),
    ('00000000-0000-4000-8000-0000000fa003', '00000000-0000-4000-8000-00000000f003', 'FILING', 'REFUSED',
     TIMESTAMPTZ '2026-01-10 09:00+08', TIMESTAMPTZ '2026-01-12 10:00+08', TIMESTAMPTZ '2026-01-20 16:00+08',
     '提供餐饮服务但未提交《食品经营许可证》；《托幼机构卫生评价报告》评价结果非“合格”。（演示数据）')
ON CONFLICT DO NOTHING;

INSERT INTO facility_decisions (id, facility_id, application_id, action, standing_after, district_code, decided_by,
                                decided_by_name, decided_at, reasons, filing_number, hygiene_evaluation)
VALUES
    ('00000000-0000-4000-8000-0000000fd001', '00000000-0000-4000-8000-00000000f001',
     '00000000-0000-4000-8000-0000000fa001', 'FILE', 'FILED', '320614', '00000000-0000-4000-8000-0000000000c1',
     'demo-health', TIMESTAMPTZ '2026-01-05 15:00+08', NULL, '海卫托备〔2026〕演示001号', 'QUALIFIED'),
    ('00000000-0000-4000-8000-0000000fd003', '00000000-0000-4000-8000-00000000f003',
     '00000000-0000-4000-8000-0000000fa003', 'REFUSE', 'NOT_FILED', '410302', 'demo-health-chanhe',
     '（演示）瀍河区卫健委', TIMESTAMPTZ '2026-01-20 16:00+08',
     '提供餐饮服务但未提交《食品经营许可证》；《托幼机构卫生评价报告》评价结果非“合格”。（演示数据）', NULL,
     'NOT_QUALIFIED')
ON CONFLICT DO NOTHING;
