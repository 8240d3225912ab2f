package cn.tuoyu.guidance.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import cn.tuoyu.families.control.IdentityCipher;

/** Migration 44.1 on rows as V44 leaves them: plain addresses become ciphertexts sealed to their visit. */
class VisitAddressEncryptionTest {

    @Test
    void plainAddressesAreEncryptedAndClearedAndAnEmptyTableNeedsNoKey() throws Exception {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        IdentityCipher cipher = new IdentityCipher(key);
        UUID plain = UUID.randomUUID();
        UUID without = UUID.randomUUID();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start();
                Connection c = postgres.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("CREATE TABLE home_visits (id uuid PRIMARY KEY, address text, "
                    + "address_cipher bytea)");
            VisitAddressEncryption.encrypt(c, () -> {
                throw new IllegalStateException("no key needed without rows");
            });
            try (PreparedStatement s = c.prepareStatement("INSERT INTO home_visits (id, address) VALUES (?, ?)")) {
                s.setObject(1, plain);
                s.setString(2, "海门区示例路3号");
                s.addBatch();
                s.setObject(1, without);
                s.setString(2, null);
                s.addBatch();
                s.executeBatch();
            }
            VisitAddressEncryption.encrypt(c, () -> cipher);
            try (ResultSet r = c.createStatement().executeQuery(
                    "SELECT id, address, address_cipher FROM home_visits")) {
                int rows = 0;
                while (r.next()) {
                    rows++;
                    assertNull(r.getString(2), "no plain address left");
                    if (r.getObject(1, UUID.class).equals(plain)) {
                        assertEquals("海门区示例路3号", cipher.decryptAddress(plain, r.getBytes(3)));
                    } else {
                        assertNull(r.getBytes(3), "a visit without an address stays without one");
                    }
                }
                assertEquals(2, rows);
            }
            VisitAddressEncryption.encrypt(c, () -> {
                throw new IllegalStateException("nothing left to encrypt: run again, it does nothing");
            });
        }
    }
}
