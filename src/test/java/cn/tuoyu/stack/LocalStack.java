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

/**
 * The whole stack on one machine: PostgreSQL (embedded, or external when {@code DB_URL} is set), Keycloak with the
 * realm from {@code realm/} imported, the app on Payara Micro, a mail server that the app and Keycloak send through
 * ({@link MailServer}) and the stand-in of the SMS provider ({@code SmsStandIn}). The run command ({@code mvn -Prun verify}) starts
 * it with persistent data under {@code .run/}; the acceptance tests start it with fresh data and free ports.
 * Everything binds to loopback. Processes are stopped by their own ids.
 */
public final class LocalStack implements AutoCloseable {

    /** Where things are and which ports to use. */
    public record Settings(Path payaraJar, Path war, Path keycloakHome, Path realmDir, Path dataDir, int appPort,
            int keycloakPort, int dbPort, boolean persistent, boolean demoData, String externalDbUrl,
            String externalDbUser, String externalDbPassword, Path greenMailJar, Ports messaging) {
    }

    /** The loopback ports of the mail server (SMTP, IMAP, its web API) and of the SMS stand-in. */
    public record Ports(int smtp, int imap, int mailWeb, int sms) {

        public static Ports free() {
            return new Ports(freePort(), freePort(), freePort(), freePort());
        }
    }

    /** The SMS stand-in, a test class of notify-core's: started when it is on the classpath. */
    private static final String SMS_STAND_IN = "cn.tuoyu.stack.SmsStandIn";
    /** The keys the app signs its SMS requests with, and the stand-in checks them with (loopback only). */
    public static final String SMS_ACCESS_KEY_ID = "local-access-key";
    public static final String SMS_ACCESS_KEY_SECRET = "local-access-key-secret";
    /** The sender of the app's and Keycloak's mails. */
    public static final String MAIL_FROM = "no-reply@tuoyu.localhost";

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Settings settings;
    private final Object lifecycle = new Object();
    private Postgres postgres;
    private volatile AppProcess keycloak;
    private volatile AppProcess app;
    private MailServer mail;
    private volatile AppProcess sms;
    private String dbUrl;
    private Thread supervisor;
    private volatile boolean closing;

    public LocalStack(Settings settings) {
        this.settings = settings;
    }

    public String appUrl() {
        return "http://localhost:" + settings.appPort();
    }

    public String keycloakUrl() {
        return "http://localhost:" + settings.keycloakPort();
    }

    /** The mail server the app and Keycloak send through. */
    public MailServer mail() {
        return mail;
    }

    /** The SMS stand-in's address (null when the stand-in is not on the classpath). */
    public String smsUrl() {
        return hasSmsStandIn() ? "http://127.0.0.1:" + settings.messaging().sms() : null;
    }

    public AppProcess sms() {
        return sms;
    }

    private static boolean hasSmsStandIn() {
        try {
            Class.forName(SMS_STAND_IN, false, LocalStack.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
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

    /** Starts everything and waits until it is ready; whatever started is stopped again if that fails. */
    public LocalStack start() throws IOException, InterruptedException {
        Instant started = Instant.now();
        try {
            Files.createDirectories(settings.dataDir());
            startDatabase();
            startMessaging();
            prepareKeycloak();
            startKeycloak();
            startApp();
            keycloak.awaitOk(keycloakUrl() + "/realms/childcare/.well-known/openid-configuration", START_TIMEOUT);
            app.awaitOk(appUrl() + "/health/ready", START_TIMEOUT);
            mail.awaitReady(START_TIMEOUT);
        } catch (IOException | InterruptedException | RuntimeException e) {
            close();
            throw e;
        }
        System.out.printf("stack ready in %d s%n", Duration.between(started, Instant.now()).toSeconds());
        return this;
    }

    /**
     * Watches what the stack started and starts again, by itself, whatever dies (the app, Keycloak, the embedded
     * PostgreSQL), on the same ports and data, until {@link #close()}. The run command always supervises.
     */
    public LocalStack supervise() {
        supervisor = new Thread(this::watch, "stack-supervisor");
        supervisor.setDaemon(true);
        supervisor.start();
        return this;
    }

    private void watch() {
        while (!closing) {
            try {
                synchronized (lifecycle) {
                    if (closing) {
                        return;
                    }
                    if (postgres != null && !postgres.isRunning()) {
                        restarting("PostgreSQL");
                        postgres.restart();
                    }
                    if (!mail.isAlive()) {
                        restarting("the mail server");
                        mail.launch();
                    }
                    if (sms != null && !sms.isAlive()) {
                        restarting("the SMS stand-in");
                        startSms();
                    }
                    if (!keycloak.isAlive()) {
                        restarting("Keycloak");
                        startKeycloak();
                    }
                    if (!app.isAlive()) {
                        restarting("the app");
                        startApp();
                    }
                }
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                System.out.println("supervisor: a restart failed, trying again in 2 s: " + e);
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    private static void restarting(String what) {
        System.out.printf("supervisor: %s exited; starting it again%n", what);
    }

    /** The embedded PostgreSQL (null when an external {@code DB_URL} is used). */
    public Postgres postgres() {
        return postgres;
    }

    public AppProcess app() {
        return app;
    }

    public AppProcess keycloak() {
        return keycloak;
    }

    private void startDatabase() throws IOException {
        if (settings.externalDbUrl() != null) {
            dbUrl = settings.externalDbUrl();
            return;
        }
        postgres = Postgres.start(settings.dataDir().resolve("postgres"), settings.dbPort(), !settings.persistent());
        dbUrl = postgres.jdbcUrl();
    }

    private void startMessaging() throws IOException {
        Ports ports = settings.messaging();
        mail = MailServer.start(settings.greenMailJar(), ports.smtp(), ports.imap(), ports.mailWeb(),
                settings.dataDir().resolve("mail.log"));
        if (hasSmsStandIn()) {
            startSms();
        }
    }

    private void startSms() throws IOException {
        sms = AppProcess.java("the SMS stand-in", SMS_STAND_IN,
                List.of(String.valueOf(settings.messaging().sms()), SMS_ACCESS_KEY_SECRET),
                settings.dataDir().resolve("sms.log"));
    }

    /** Once per stack: a fresh Keycloak database unless the stack is persistent, and the realm to import. */
    private void prepareKeycloak() throws IOException {
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
        // The realm names a login theme and a password deny list: Keycloak reads them from these two folders.
        Folders.copyTree(settings.realmDir().resolve("themes"), home.resolve("themes"));
        Folders.copyTree(settings.realmDir().resolve("password-blacklists"), home.resolve("data/password-blacklists"));
    }

    private void startKeycloak() throws IOException {
        Path home = settings.keycloakHome();
        List<String> command = List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + settings.keycloakPort(),
                "--hostname=" + keycloakUrl(), "--import-realm");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("APP_URL", appUrl());
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", System.getenv().getOrDefault("KEYCLOAK_ADMIN_PASSWORD", "admin"));
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        // Keycloak's own mails (address verification, forgotten password): the realm's smtpServer reads these
        env.put("APP_MAIL_HOST", "127.0.0.1");
        env.put("APP_MAIL_PORT", String.valueOf(settings.messaging().smtp()));
        env.put("APP_MAIL_FROM", MAIL_FROM);
        keycloak = AppProcess.start("Keycloak", command, env, settings.dataDir().resolve("keycloak.log"));
    }

    private void startApp() throws IOException {
        // supervised restarts must be quick (ready within 30 s of a crash, on a small shared machine)
        app = AppProcess.payaraMicro(settings.payaraJar(), settings.war(), settings.appPort(), appEnvironment(),
                settings.dataDir(), AppProcess.QUICK_START);
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
        env.put("APP_PUBLIC_URL", appUrl());
        env.put("APP_MAIL_HOST", "127.0.0.1");
        env.put("APP_MAIL_PORT", String.valueOf(settings.messaging().smtp()));
        env.put("APP_MAIL_TLS", "none");
        env.put("APP_MAIL_FROM", MAIL_FROM);
        if (hasSmsStandIn()) {
            env.put("APP_SMS_ENDPOINT", smsUrl() + "/");
            env.put("APP_SMS_ACCESS_KEY_ID", SMS_ACCESS_KEY_ID);
            env.put("APP_SMS_ACCESS_KEY_SECRET", SMS_ACCESS_KEY_SECRET);
            env.put("APP_SMS_SIGN_NAME", "托育家庭服务");
        }
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

    /**
     * Stops the supervisor first (so nothing is started again), then the app, Keycloak, the mail server, the SMS
     * stand-in and PostgreSQL.
     */
    @Override
    public void close() {
        closing = true;
        if (supervisor != null) {
            supervisor.interrupt();
        }
        synchronized (lifecycle) {
            if (app != null) {
                app.close();
            }
            if (keycloak != null) {
                keycloak.close();
            }
            if (mail != null) {
                mail.close();
            }
            if (sms != null) {
                sms.close();
            }
            if (postgres != null) {
                postgres.close();
            }
        }
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
                System.getenv().getOrDefault("DB_PASSWORD", ""), Path.of(System.getProperty("greenmail.jar")),
                new Ports(envPort("MAIL_PORT", 3025), envPort("MAIL_IMAP_PORT", 3143), envPort("MAIL_WEB_PORT", 8025),
                        envPort("SMS_PORT", 8090)));
        LocalStack stack = new LocalStack(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("stopping the app, Keycloak, the mail server, the SMS stand-in and PostgreSQL ...");
            stack.close();
            stopped.countDown();
        }));
        stack.start().supervise();
        System.out.println("""

                ==================================================================
                 Childcare family platform is running
                   app            %s/
                   API docs       %s/openapi
                   health         %s/health
                   Keycloak       %s/admin  (admin / admin)
                   database       %s
                   mail           %s/  (GreenMail; every mail sent, by recipient:
                                  %s/api/user/<address>/messages/INBOX; or IMAP 127.0.0.1:%d, any password)
                   SMS            %s
                 Demo logins (username / password):
                   parent (resident)            demo-parent   / demo-parent
                   second parent (resident)     demo-parent2  / demo-parent2
                   facility staff (facility)    demo-facility / demo-facility
                   health staff (district)      demo-health   / demo-health
                 Logs: %s
                 Whatever dies (app, Keycloak, PostgreSQL, mail, SMS) is started again by itself.
                 Press Ctrl-C to stop everything.
                ==================================================================
                """.formatted(stack.appUrl(), stack.appUrl(), stack.appUrl(), stack.keycloakUrl(), stack.dbUrl(),
                stack.mail().webUrl(), stack.mail().webUrl(), stack.mail().imapPort(),
                stack.smsUrl() == null ? "(the SMS stand-in is not built yet; SMS off)" : stack.smsUrl() + "/messages",
                home.toAbsolutePath()));
        stopped.await();
    }
}
