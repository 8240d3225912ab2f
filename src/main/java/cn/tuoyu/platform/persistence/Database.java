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
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * The one PostgreSQL data source, configured from MicroProfile Config ({@code DB_URL}, {@code DB_USER},
 * {@code DB_PASSWORD} in the environment), and the Flyway migrations applied to it at start-up. The schema comes
 * only from {@code db/migration} and the few Java migrations features contribute as beans (those that need a key
 * from configuration); with {@code APP_DEMO_DATA=true} the repeatable demo data in {@code db/demo} is applied after
 * it.
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = Database.MAX_POOL_SIZE,
        loginTimeout = 5,
        properties = {
                "connectTimeout=5",
                // untyped string parameters: lets EclipseLink bind NULL to uuid columns (it binds NULL as varchar)
                "stringtype=unspecified",
                "tcpKeepAlive=true",
                "ApplicationName=" + Database.APPLICATION_NAME,
                // The pool checks every connection it hands out and, when one is dead, drops them all: after PostgreSQL
                // restarts (or crashes) nothing stale is handed out, with or without traffic (DatabaseOutageIT).
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
                "fish.payara.fail-all-connections=true"
        })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class Database {

    public static final String JNDI_NAME = "java:app/jdbc/childcare";
    /** How PostgreSQL's pg_stat_activity names this platform's connections. */
    public static final String APPLICATION_NAME = "childcare";
    public static final int MAX_POOL_SIZE = 40;
    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    @Resource(lookup = JNDI_NAME)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "app.demo-data", defaultValue = "false")
    boolean demoData;

    /** Migrations that need the application (a key from configuration), contributed by the features. */
    @Inject
    Instance<JavaMigration> javaMigrations;

    @PostConstruct
    void migrate() {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (demoData) {
            locations.add("classpath:db/demo");
        }
        var result = Flyway.configure(Database.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .javaMigrations(javaMigrations.stream().toArray(JavaMigration[]::new))
                .load()
                .migrate();
        LOG.info(() -> "database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now" + (demoData ? ", demo data on" : "") + ")");
    }
}
