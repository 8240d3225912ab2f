package cn.tuoyu.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Loads benchmark data straight into PostgreSQL (not through the API), set-based: consenting guardians with one
 * child each in Haimen (320614), numbered in {@code bench_children} so that pgbench scripts and feeders can pick
 * them; open home visits holding a reserved guidance unit; claimed and redeemed vouchers of batches that sold out.
 * Identity numbers are random bytes in the encrypted and hashed columns: nothing in the measured paths decrypts them.
 */
final class BenchData {

    static final String DISTRICT = "320614";

    private static final String TODAY = "(now() AT TIME ZONE 'Asia/Shanghai')::date";

    /** The child numbered n is {@code from + n % span} months (and three days) old. */
    private static final String AGE_MONTHS = "(%d + n %% %d)";

    private BenchData() {
    }

    /** Families numbered first..first+count-1, each child {@code fromMonths + n % spanMonths} months old. */
    static void loadFamilies(Connection c, int first, int count, int fromMonths, int spanMonths) throws SQLException {
        String range = " WHERE n BETWEEN " + first + " AND " + (first + count - 1);
        execute(c, "CREATE TABLE IF NOT EXISTS bench_children (n integer PRIMARY KEY, child_id uuid NOT NULL, "
                + "subject text NOT NULL)");
        execute(c, "INSERT INTO bench_children (n, child_id, subject) SELECT g, gen_random_uuid(), "
                + "'bench-parent-' || g FROM generate_series(" + first + ", " + (first + count - 1) + ") g");
        execute(c, "INSERT INTO children (id, name, sex, birth_date, document_kind, document_cipher, document_hash, "
                + "document_masked, district_code, registered_at) SELECT child_id, '压测宝宝', 'FEMALE', "
                + TODAY + " - (" + AGE_MONTHS.formatted(fromMonths, spanMonths)
                + " * interval '1 month') - interval '3 days', "
                + "'BIRTH_CERTIFICATE', decode(md5(random()::text), 'hex'), "
                + "decode(md5(child_id::text) || md5(random()::text), 'hex'), 'B********1', '" + DISTRICT
                + "', now() FROM bench_children" + range);
        execute(c, "INSERT INTO guardianships (child_id, subject, relation, since) SELECT child_id, subject, "
                + "'MOTHER', now() FROM bench_children" + range);
        execute(c, "INSERT INTO children_data_consents (id, subject, notice_version, given_at) SELECT "
                + "gen_random_uuid(), subject, '2026-11-v1', now() FROM bench_children" + range);
        execute(c, "ANALYZE");
    }

    /**
     * An open home visit for every tenth infant (0–12 months) among the families of {@code where} (on
     * {@code bench_children b} joined to {@code children c}), each holding one reserved guidance unit of the
     * calendar year as the app books it: a third each requested, assigned, and scheduled within two weeks. Without an
     * address, as the app opens visits for due children: addresses are stored only encrypted with the app's key.
     */
    static void loadVisits(Connection c, String where) throws SQLException {
        String year = "date_trunc('year', now() AT TIME ZONE 'Asia/Shanghai')::date";
        execute(c, "CREATE TEMPORARY TABLE bench_visits AS SELECT b.n, b.child_id, b.subject, gen_random_uuid() AS "
                + "visit_id, gen_random_uuid() AS entry_id FROM bench_children b JOIN children c ON c.id = b.child_id "
                + "WHERE " + where + " AND b.n % 10 = 0 AND c.birth_date > " + TODAY
                + " - interval '13 months'");
        execute(c, "INSERT INTO entitlement_counters (child_id, service_kind, window_start, window_end, granted, used) "
                + "SELECT child_id, 'GUIDANCE_SESSION', " + year + ", (" + year + " + interval '1 year')::date, 2, 1 "
                + "FROM bench_visits");
        execute(c, "INSERT INTO entitlement_entries (id, child_id, service_kind, window_start, district_code, "
                + "rule_version, state, reason, reference, reserved_at) SELECT entry_id, child_id, 'GUIDANCE_SESSION', "
                + year + ", '" + DISTRICT + "', 1, 'RESERVED', 'HOME_VISIT', 'home-visit:' || visit_id, now() "
                + "FROM bench_visits");
        execute(c, "INSERT INTO home_visits (id, district_code, child_id, requested_by, opened_by, sub_district, "
                + "state, reservation_id, requested_at, assigned_to, assigned_at, scheduled_start, "
                + "scheduled_end) SELECT visit_id, '" + DISTRICT + "', child_id, subject, subject, '三厂街道', "
                + "(ARRAY['REQUESTED', 'ASSIGNED', 'SCHEDULED'])[n / 10 % 3 + 1], "
                + "entry_id, now() - (n / 10 % 20) * interval '1 day', CASE WHEN n / 10 % 3 > 0 THEN 'bench-nurse' "
                + "END, CASE WHEN n / 10 % 3 > 0 THEN now() END, slot, slot + interval '1 hour' FROM (SELECT *, "
                + "CASE WHEN n / 10 % 3 = 2 THEN date_trunc('hour', now()) + (n % 14 + 1) * interval '1 day' END "
                + "AS slot FROM bench_visits) v");
        execute(c, "DROP TABLE bench_visits");
        execute(c, "ANALYZE");
    }

    /**
     * {@code batches} sold-out batches of {@code perBatch} vouchers each (per-child limit 1) for toddlers of 14–34
     * months (inside the batches' 13–36 at redemption) among the families of {@code where}; every tenth voucher is
     * redeemed at the facility. Manual codes are distinct by construction: 7, the voucher's running number in 11
     * digits, and its Damm check digit (as {@code ManualCode}).
     */
    static void loadVouchers(Connection c, String where, int batches, int perBatch, String facility)
            throws SQLException {
        execute(c, "CREATE OR REPLACE FUNCTION bench_manual_code(body text) RETURNS text LANGUAGE plpgsql IMMUTABLE "
                + "AS $$ DECLARE t constant int[] := '{0,3,1,7,5,9,8,6,4,2, 7,0,9,2,1,5,4,8,6,3, "
                + "4,2,0,6,8,7,1,3,5,9, 1,7,5,0,9,8,3,4,2,6, 6,1,2,3,0,4,5,9,7,8, 3,6,7,4,2,0,9,5,8,1, "
                + "5,8,6,9,7,2,0,1,3,4, 8,9,4,5,3,6,2,0,1,7, 9,4,3,8,6,1,7,2,0,5, 2,5,8,1,4,3,6,7,9,0}'; "
                + "interim int := 0; BEGIN FOR i IN 1..length(body) LOOP "
                + "interim := t[interim * 10 + ascii(substr(body, i, 1)) - 47]; END LOOP; "
                + "RETURN body || interim; END $$");
        execute(c, "CREATE TEMPORARY TABLE bench_holders AS SELECT row_number() OVER (ORDER BY b.n) AS k, b.child_id, "
                + "b.subject FROM bench_children b JOIN children c ON c.id = b.child_id WHERE " + where
                + " AND c.birth_date BETWEEN " + TODAY + " - interval '34 months' AND " + TODAY
                + " - interval '14 months' LIMIT " + perBatch);
        for (int batch = 1; batch <= batches; batch++) {
            String id = "md5('bench-batch-" + batch + "')::uuid";
            execute(c, "INSERT INTO voucher_batches (id, district_code, name, care_hours, face_value_cents, quantity, "
                    + "issued, per_child_limit, min_age_months, max_age_months, all_hourly_facilities, claim_opens_at, "
                    + "claim_closes_at, valid_until, reserves_entitlement, status, created_by, created_at) VALUES ("
                    + id + ", '" + DISTRICT + "', '压测体验券-" + batch + "', 2, 5000, " + perBatch + ", " + perBatch
                    + ", 1, 13, 36, true, now() - interval '10 days', now() + interval '7 days', "
                    + "now() + interval '30 days', false, 'PUBLISHED', 'bench-loader', now())");
            execute(c, "INSERT INTO vouchers (id, batch_id, per_child_limit, serial, child_id, holder_subject, "
                    + "claim_slot, secret, manual_code, state, claimed_at, valid_until) SELECT gen_random_uuid(), "
                    + id + ", 1, k, child_id, subject, 1, decode(md5(random()::text) || md5(random()::text), 'hex'), "
                    + "bench_manual_code('7' || lpad((" + (long) (batch - 1) * perBatch + " + k)::text, 11, '0')), "
                    + "CASE WHEN k % 10 = 0 THEN 'REDEEMED' ELSE 'CLAIMED' END, now() - interval '1 day', "
                    + "now() + interval '30 days' FROM bench_holders");
            execute(c, "INSERT INTO voucher_redemptions (id, voucher_id, facility_id, method, redeemed_at, "
                    + "staff_subject, device) SELECT gen_random_uuid(), id, '" + facility + "', 'MANUAL', "
                    + "now() - interval '1 hour', 'bench-staff', 'bench' FROM vouchers WHERE batch_id = " + id
                    + " AND state = 'REDEEMED'");
        }
        execute(c, "DROP TABLE bench_holders");
        execute(c, "ANALYZE");
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
