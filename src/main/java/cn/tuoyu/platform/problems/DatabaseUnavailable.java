package cn.tuoyu.platform.problems;

import java.sql.SQLException;

/**
 * Recognises a failure caused by the database being out of reach (restarting, network cut, pool unable to connect),
 * as opposed to a bad statement or a violated constraint. Such failures are temporary: the caller gets 503 with
 * {@code Retry-After}, never a 500.
 */
final class DatabaseUnavailable {

    static final String RETRY_AFTER_SECONDS = "5";

    private DatabaseUnavailable() {
    }

    static boolean isCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
            String type = t.getClass().getName();
            // a commit the transaction manager could not complete because the database connection failed under it
            if (type.endsWith("PoolingException") || type.endsWith("ResourceAllocationException")
                    || type.equals("java.net.ConnectException") || type.equals("javax.transaction.xa.XAException")
                    || type.equals("jakarta.transaction.SystemException")) {
                return true;
            }
            if (thrownWhileThePoolFailsAllConnections(t)) {
                return true;
            }
            String message = t.getMessage();
            if (t instanceof SQLException && message != null && message.contains("Error in allocating a connection")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whatever the pool throws while it drops every connection after one was found dead (fail-all-connections, set on
     * the data source): Payara's pool can then fail a request for a connection with an IllegalStateException from its
     * own timer ("Task already scheduled or cancelled", seen when PostgreSQL's postmaster was killed under load).
     */
    private static boolean thrownWhileThePoolFailsAllConnections(Throwable t) {
        for (StackTraceElement frame : t.getStackTrace()) {
            if (frame.getClassName().equals("com.sun.enterprise.resource.pool.ConnectionPool")
                    && frame.getMethodName().equals("doFailAllConnectionsProcessing")) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE class 08 (connection exception), 57P01–57P03 (admin shutdown, crash shutdown, cannot connect now). */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }
}
