package cn.tuoyu.platform.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * The one PostgreSQL data source, configured from MicroProfile Config ({@code DB_URL}, {@code DB_USER},
 * {@code DB_PASSWORD} in the environment), and the Flyway migrations applied to it at start-up. The schema comes
 * only from {@code db/migration}; with {@code APP_DEMO_DATA=true} the repeatable demo data in {@code db/demo} is
 * applied after it.
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 40,
        loginTimeout = 5,
        properties = {
            "connectTimeout=5",
            // untyped string parameters: lets EclipseLink bind NULL to uuid columns (it binds NULL as varchar)
            "stringtype=unspecified",
            "tcpKeepAlive=true"
            // No fish.payara.* pool settings here: Payara ignores them on @DataSourceDefinition (Payara issue 7767).
            // Recovery after a database restart is proven without them (DatabaseOutageIT, TwoInstancesIT).
        })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class Database {

    public static final String JNDI_NAME = "java:app/jdbc/childcare";
    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    @Resource(lookup = JNDI_NAME)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "app.demo-data", defaultValue = "false")
    boolean demoData;

    @PostConstruct
    void migrate() {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (demoData) {
            locations.add("classpath:db/demo");
        }
        var result = Flyway.configure(Database.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .load()
                .migrate();
        LOG.info(() -> "database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now" + (demoData ? ", demo data on" : "") + ")");
    }
}
