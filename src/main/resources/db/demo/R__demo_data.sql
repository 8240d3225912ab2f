-- Demo data for the run command (APP_DEMO_DATA=true). Fictional people only. Idempotent: re-run when it changes.
INSERT INTO platform_info (key, value) VALUES ('demo-data', 'on') ON CONFLICT (key) DO NOTHING;
