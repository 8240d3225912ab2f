-- The realm's demo health staff (realm/childcare-realm.json), known before they first sign in, so the roster's
-- assignee list is not empty on a fresh demo. Signing in refreshes the name from the token. Idempotent.
INSERT INTO district_staff (subject, district_code, display_name)
VALUES ('00000000-0000-4000-8000-0000000000c1', '320614', '示例 妇幼保健员')
ON CONFLICT (subject) DO NOTHING;
