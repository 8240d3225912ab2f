package cn.tuoyu.guidance.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import cn.tuoyu.families.control.IdentityCipher;
import cn.tuoyu.families.control.IdentityProtection;

/**
 * Flyway migration 44.1, between V44 (adds {@code home_visits.address_cipher}) and V45 (drops {@code address}):
 * encrypts, in Java with the configured key, every address written before V44. SQL cannot, as the key is not in
 * the database. A database without such rows does not need the key here.
 */
@ApplicationScoped
public class VisitAddressEncryption implements JavaMigration {

    @Inject
    IdentityProtection protection;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("44.1");
    }

    @Override
    public String getDescription() {
        return "encrypt home visit addresses";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        encrypt(context.getConnection(), protection::cipher);
    }

    /** Encrypts every plain address not yet encrypted and clears it; the cipher is asked for only when one exists. */
    static void encrypt(Connection c, Supplier<IdentityCipher> cipher) throws SQLException {
        try (PreparedStatement read = c.prepareStatement("SELECT id, address FROM home_visits "
                + "WHERE address IS NOT NULL AND address_cipher IS NULL");
                PreparedStatement write = c.prepareStatement("UPDATE home_visits SET address_cipher = ?, "
                        + "address = NULL WHERE id = ?");
                ResultSet r = read.executeQuery()) {
            while (r.next()) {
                UUID id = r.getObject(1, UUID.class);
                write.setBytes(1, cipher.get().encryptAddress(id, r.getString(2)));
                write.setObject(2, id);
                write.addBatch();
            }
            write.executeBatch();
        }
    }
}
