package cn.tuoyu.platform.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/** The few helpers every feature's hand-written SQL needs: time conversions, reading ids, recognising a conflict. */
public final class Jdbc {

    private Jdbc() {
    }

    public static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    public static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    public static Instant instant(ResultSet r, String column) throws SQLException {
        return instant(r.getTimestamp(column));
    }

    public static UUID uuid(ResultSet r, String column) throws SQLException {
        return r.getObject(column, UUID.class);
    }

    /** True when PostgreSQL refused a row for a unique constraint (SQLState 23505), here or in a cause. */
    public static boolean uniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** An unexpected database failure, for the caller to let through (mapped to 503 or 500 at the edge). */
    public static IllegalStateException failed(SQLException e) {
        return new IllegalStateException("database operation failed", e);
    }
}
