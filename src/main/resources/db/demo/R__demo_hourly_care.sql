-- Demo hourly-care places (APP_DEMO_DATA=true): the demo facility f001 takes 13–36-month-olds every day 08:00–20:00
-- in hour-long slots of 6 places. Idempotent; staff may change it on #/care-schedule.
INSERT INTO hourly_care_schedules (facility_id, district_code, slot_minutes, places, min_age_months, max_age_months,
                                   updated_at, updated_by)
VALUES ('00000000-0000-4000-8000-00000000f001', '320614', 60, 6, 13, 36, now(), 'demo')
ON CONFLICT DO NOTHING;
INSERT INTO hourly_care_opening_hours (facility_id, weekday, opens_minute, closes_minute)
SELECT '00000000-0000-4000-8000-00000000f001', d, 480, 1200 FROM generate_series(1, 7) AS d
ON CONFLICT DO NOTHING;
