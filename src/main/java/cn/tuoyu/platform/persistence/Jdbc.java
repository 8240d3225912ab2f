package cn.tuoyu.platform.persistence;

import java.sql.SQLException;

/** What the platform reads from JDBC's own exceptions: a unique constraint refused a row, a driver call failed. */
public final class Jdbc {

    private Jdbc() {
    }

    /** True when PostgreSQL refused a row for a unique constraint (SQLState 23505), here or in a cause. */
    public static boolean uniqueViolation(Throwable e) {
        return sqlState(e, "23505");
    }

    /** True when PostgreSQL refused a row for an exclusion constraint (SQLState 23P01), here or in a cause. */
    public static boolean exclusionViolation(Throwable e) {
        return sqlState(e, "23P01");
    }

    private static boolean sqlState(Throwable e, String state) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && state.equals(sql.getSQLState())) {
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
