package cn.tuoyu.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Loads benchmark data straight into PostgreSQL (not through the API): consenting guardians with one toddler each
 * in Haimen (320614), numbered 1..n in {@code bench_children} so that pgbench scripts can pick them. Identity
 * numbers are random bytes in the encrypted and hashed columns: nothing in the measured paths decrypts them.
 */
final class BenchData {

    static final String DISTRICT = "320614";

    private BenchData() {
    }

    static void loadFamilies(Connection c, int n) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS bench_children (n integer PRIMARY KEY, child_id uuid NOT NULL, "
                    + "subject text NOT NULL)");
            s.execute("INSERT INTO bench_children (n, child_id, subject) SELECT g, gen_random_uuid(), "
                    + "'bench-parent-' || g FROM generate_series(1, " + n + ") g");
            s.execute("INSERT INTO children (id, name, sex, birth_date, document_kind, document_cipher, document_hash, "
                    + "document_masked, district_code, registered_at) SELECT child_id, '压测宝宝', 'FEMALE', "
                    + "(now() AT TIME ZONE 'Asia/Shanghai')::date - ((14 + n % 20) * interval '1 month') - interval '3 days', "
                    + "'BIRTH_CERTIFICATE', decode(md5(random()::text), 'hex'), "
                    + "decode(md5(child_id::text) || md5(random()::text), 'hex'), 'B********1', '" + DISTRICT
                    + "', now() FROM bench_children");
            s.execute("INSERT INTO guardianships (child_id, subject, relation, since) SELECT child_id, subject, "
                    + "'MOTHER', now() FROM bench_children");
            s.execute("INSERT INTO children_data_consents (id, subject, notice_version, given_at) SELECT "
                    + "gen_random_uuid(), subject, '2026-11-v1', now() FROM bench_children");
            s.execute("ANALYZE");
        }
    }
}
