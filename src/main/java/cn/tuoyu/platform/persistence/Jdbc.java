package cn.tuoyu.platform.persistence;

import java.sql.SQLException;

/** What the platform reads from JDBC's own exceptions: a unique constraint refused a row, a driver call failed. */
public final class Jdbc {

    private Jdbc() {
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
