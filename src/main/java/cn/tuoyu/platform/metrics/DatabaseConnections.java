package cn.tuoyu.platform.metrics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import cn.tuoyu.platform.persistence.Database;

/**
 * The connections the platform holds in PostgreSQL (every instance, told apart from other clients by the
 * application name the data source sets), by state, and this instance's pool limit: how close a surge runs to the
 * pool and to the server's {@code max_connections}. Read at most once a second, whoever scrapes.
 */
@ApplicationScoped
public class DatabaseConnections {

    private static final long FRESH_NANOS = 1_000_000_000L;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    MetricRegistry registry;

    private Map<String, Long> byState = Map.of();
    private long readAt;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        for (String state : new String[] {"active", "idle", "idle in transaction"}) {
            registry.gauge("db.connections", this, c -> c.count(state), new Tag("state", state.replace(' ', '_')));
        }
        registry.gauge("db.connections.max", this, c -> Database.MAX_POOL_SIZE);
    }

    synchronized long count(String state) {
        if (System.nanoTime() - readAt > FRESH_NANOS) {
            byState = read();
            readAt = System.nanoTime();
        }
        return byState.getOrDefault(state, 0L);
    }

    private Map<String, Long> read() {
        Map<String, Long> counts = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT state, count(*) FROM pg_stat_activity WHERE application_name = ? GROUP BY state")) {
            s.setString(1, Database.APPLICATION_NAME);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    counts.put(String.valueOf(r.getString(1)), r.getLong(2));
                }
            }
        } catch (SQLException unreachable) {
            // the database is away: readiness says so; the gauges show no connections
        }
        return counts;
    }
}
