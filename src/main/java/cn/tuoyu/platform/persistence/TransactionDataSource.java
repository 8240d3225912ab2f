package cn.tuoyu.platform.persistence;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The data source for the hand-written SQL that is left (guidance, until it moves to JPA). Inside a transaction every
 * {@code getConnection()} first flushes what JPA holds for the transaction — JPA writes at commit, and hand-written SQL
 * must see a row an entity bean created, such as a ledger reservation a booking refers to — and then returns the
 * transaction's one physical connection, the one JPA uses too, whose {@code close()} does nothing; outside a
 * transaction it is the plain pool.
 *
 * <p>Why: for a non-XA pool, Payara takes a separate physical connection from the pool for every
 * {@code getConnection()} inside a transaction, even though only the first does the work (GlassFish issues
 * 20392, 21208). Code that opens a connection and calls another bean that opens one would hold two per request,
 * and a burst of requests then exhausts the pool and waits on itself. One connection per transaction rules that out.
 */
@ApplicationScoped
public class TransactionDataSource implements DataSource {

    @Resource(lookup = Database.JNDI_NAME)
    DataSource pool;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    @Override
    public Connection getConnection() throws SQLException {
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            em.flush();
            Connection shared = em.unwrap(Connection.class);
            if (shared != null) {
                return keptOpen(shared);
            }
        }
        return pool.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the pool's credentials are fixed");
    }

    private static Connection keptOpen(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close":
                            return null;
                        case "isClosed":
                            return false;
                        case "unwrap":
                            if (((Class<?>) args[0]).isInstance(connection)) {
                                return connection;
                            }
                            break;
                        default:
                            break;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return pool.isWrapperFor(type);
    }
}
