package cn.tuoyu.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The whole stack on one machine: PostgreSQL (embedded, or external when {@code DB_URL} is set), Keycloak with the
 * realm from {@code realm/} imported, and the app on Payara Micro. The run command ({@code mvn -Prun verify}) starts
 * it with persistent data under {@code .run/}; the acceptance tests start it with fresh data and free ports.
 * Everything binds to loopback. Processes are stopped by their own ids.
 */
public final class LocalStack implements AutoCloseable {

    /** Where things are and which ports to use. */
    public record Settings(Path payaraJar, Path war, Path keycloakHome, Path realmDir, Path dataDir, int appPort,
            int keycloakPort, int dbPort, boolean persistent, boolean demoData, String externalDbUrl,
            String externalDbUser, String externalDbPassword) {
    }

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Settings settings;
    private EmbeddedPostgres postgres;
    private AppProcess keycloak;
    private AppProcess app;
    private String dbUrl;

    public LocalStack(Settings settings) {
        this.settings = settings;
    }

    public String appUrl() {
        return "http://localhost:" + settings.appPort();
    }

    public String keycloakUrl() {
        return "http://localhost:" + settings.keycloakPort();
    }

    public String dbUrl() {
        return dbUrl;
    }

    public String dbUser() {
        return postgres != null ? "postgres" : settings.externalDbUser();
    }

    public String dbPassword() {
        return postgres != null ? "postgres" : settings.externalDbPassword();
    }

    public LocalStack start() throws IOException, InterruptedException {
        Instant started = Instant.now();
        Files.createDirectories(settings.dataDir());
        startDatabase();
        startKeycloak();
        startApp();
        keycloak.awaitOk(keycloakUrl() + "/realms/childcare/.well-known/openid-configuration", START_TIMEOUT);
        app.awaitOk(appUrl() + "/health/ready", START_TIMEOUT);
        System.out.printf("stack ready in %d s%n", Duration.between(started, Instant.now()).toSeconds());
        return this;
    }

    private void startDatabase() throws IOException {
        if (settings.externalDbUrl() != null) {
            dbUrl = settings.externalDbUrl();
            return;
        }
        postgres = embeddedPostgres(settings.dataDir().resolve("postgres"), settings.dbPort(), !settings.persistent());
        dbUrl = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
    }

    private void startKeycloak() throws IOException {
        Path home = settings.keycloakHome();
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("Keycloak is not unpacked at " + home);
        }
        if (!settings.persistent()) {
            Folders.deleteTree(home.resolve("data/h2"));
        }
        Path imports = Files.createDirectories(home.resolve("data/import"));
        try (Stream<Path> realms = Files.list(settings.realmDir())) {
            for (Path realm : realms.filter(p -> p.toString().endsWith(".json")).toList()) {
                Files.copy(realm, imports.resolve(realm.getFileName()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        List<String> command = List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + settings.keycloakPort(),
                "--hostname=" + keycloakUrl(), "--import-realm");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("APP_URL", appUrl());
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", System.getenv().getOrDefault("KEYCLOAK_ADMIN_PASSWORD", "admin"));
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        keycloak = AppProcess.start("Keycloak", command, env, settings.dataDir().resolve("keycloak.log"));
    }

    private void startApp() throws IOException {
        app = AppProcess.payaraMicro(settings.payaraJar(), settings.war(), settings.appPort(), appEnvironment(),
                settings.dataDir());
    }

    /** The configuration the app gets, as environment variables (see the README). */
    public Map<String, String> appEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("DB_URL", dbUrl);
        env.put("DB_USER", dbUser());
        env.put("DB_PASSWORD", dbPassword());
        env.put("KEYCLOAK_URL", keycloakUrl());
        env.put("MP_JWT_VERIFY_ISSUER", keycloakUrl() + "/realms/childcare");
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keycloakUrl() + "/realms/childcare/protocol/openid-connect/certs");
        env.put("APP_DEMO_DATA", String.valueOf(settings.demoData()));
        env.put("APP_IDENTITY_KEY", identityKey());
        return env;
    }

    /** The identity-number key, generated once into the data directory and kept (owner-only) between runs. */
    private String identityKey() {
        Path file = settings.dataDir().resolve("identity.key");
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new java.security.SecureRandom().nextBytes(key);
                Files.createDirectories(settings.dataDir());
                Files.writeString(file, java.util.Base64.getEncoder().encodeToString(key));
                file.toFile().setReadable(false, false);
                file.toFile().setReadable(true, true);
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (app != null) {
            app.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }


    /**
     * An embedded PostgreSQL on loopback at the given port, its data kept in the folder when it stops, so that one
     * started again on the same folder and port finds its data (a restart); {@code fresh} starts from an empty one.
     */
    public static EmbeddedPostgres embeddedPostgres(Path data, int port, boolean fresh) throws IOException {
        if (fresh) {
            Folders.deleteTree(data);
        }
        return EmbeddedPostgres.builder().setPort(port).setDataDirectory(data).setCleanDataDirectory(false).start();
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int envPort(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }

    /** The run command. Configuration by environment variables; see the README. */
    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("stack.home", ".run"));
        Settings settings = new Settings(Path.of(System.getProperty("payara.microJar")),
                Path.of(System.getProperty("app.war")), Path.of(System.getProperty("keycloak.home")),
                Path.of(System.getProperty("realm.dir")), home, envPort("APP_PORT", 8080),
                envPort("KEYCLOAK_PORT", 8180), envPort("EMBEDDED_DB_PORT", 15432), true, true,
                System.getenv("DB_URL"), System.getenv().getOrDefault("DB_USER", "childcare"),
                System.getenv().getOrDefault("DB_PASSWORD", ""));
        LocalStack stack = new LocalStack(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("stopping the app, Keycloak and PostgreSQL ...");
            stack.close();
            stopped.countDown();
        }));
        stack.start();
        System.out.println("""

                ==================================================================
                 Childcare family platform is running
                   app            %s/
                   API docs       %s/openapi
                   health         %s/health
                   Keycloak       %s/admin  (admin / admin)
                   database       %s
                 Demo logins (username / password):
                   parent (resident)            demo-parent   / demo-parent
                   second parent (resident)     demo-parent2  / demo-parent2
                   facility staff (facility)    demo-facility / demo-facility
                   health staff (district)      demo-health   / demo-health
                 Logs: %s
                 Press Ctrl-C to stop everything.
                ==================================================================
                """.formatted(stack.appUrl(), stack.appUrl(), stack.appUrl(), stack.keycloakUrl(), stack.dbUrl(),
                home.toAbsolutePath()));
        stopped.await();
    }
}
