package cn.tuoyu.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import cn.tuoyu.platform.web.JsonProviderCheck;
import cn.tuoyu.stack.AppProcess;
import cn.tuoyu.stack.SmsStandIn;

/**
 * For the integration tier only (Failsafe sets {@code it.environment=true}): once per test JVM, starts a real
 * embedded PostgreSQL and writes the test signing key's JWKS, then hands both to the Payara Micro instances that
 * Arquillian starts, as JVM options ({@code payara.cmdOptions}).
 * With more than one Failsafe fork ({@code -Dit.forkCount=2}) each fork has its own directory, PostgreSQL (on a
 * free port) and key, and Arquillian starts each deployment on a random HTTP port, so forks share nothing but the
 * machine.
 */
public class IntegrationEnvironment implements LauncherSessionListener {

    public static final String ISSUER = "https://issuer.it.invalid/realms/childcare";
    /** The SMS stand-in's access key secret the app signs with in the integration tier. */
    public static final String SMS_SECRET = "it-sms-secret";
    private static EmbeddedPostgres postgres;
    private static String runIdentityKey;
    private static GreenMail mail;
    private static int mailPort;
    private static SmsStandIn sms;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("it.environment") || postgres != null) {
            return;
        }
        try {
            // one directory per Failsafe fork (it.fork is its number): each fork has its own database and key
            Path dir = Files.createDirectories(Path.of(System.getProperty("build.directory", "target"),
                    "it-env" + System.getProperty("it.fork", "")));
            postgres = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("postgres"))
                    .setCleanDataDirectory(true).start();
            Path jwks = dir.resolve("jwks.json");
            Files.writeString(jwks, TestTokens.publicJwks());
            mailPort = freePort();
            startMail();
            sms = SmsStandIn.start(0, SMS_SECRET);
            String options = String.join(" ",
                    "-Xmx512m",
                    "-Duser.timezone=UTC",
                    JsonProviderCheck.JVM_OPTION,
                    "-Ddb.url=" + jdbcUrl(),
                    "-Ddb.user=postgres",
                    "-Ddb.password=postgres",
                    "-Dmp.jwt.verify.issuer=" + ISSUER,
                    "-Dmp.jwt.verify.publickey.location=" + jwks.toUri(),
                    "-Dkeycloak.url=http://localhost:1",
                    "-Dapp.identity-key=" + (runIdentityKey = identityKey()),
                    // notifications: a real SMTP server and the SMS stand-in on loopback, quick retries, and the
                    // production quiet hours (21:00-08:00 China time): a test that expects an SMS to leave at once
                    // puts the app's clock at China daytime first (TestClock.passToNextInChina)
                    "-Dapp.mail.host=127.0.0.1",
                    "-Dapp.mail.port=" + mailPort,
                    "-Dapp.mail.from=noreply@tuoyu.it.invalid",
                    "-Dapp.sms.endpoint=" + sms.endpoint(),
                    "-Dapp.sms.access-key-id=it-sms-key",
                    "-Dapp.sms.access-key-secret=" + SMS_SECRET,
                    "-Dapp.sms.quiet-start=21:00",
                    "-Dapp.sms.quiet-end=08:00",
                    "-Dapp.notifications.backoff-seconds=1",
                    "-Dapp.notifications.backoff-max-seconds=2",
                    "-Dapp.notifications.max-attempts=" + MAX_ATTEMPTS,
                    "-Dapp.public-url=" + PUBLIC_URL);
            System.setProperty("payara.cmdOptions", options);
            System.setProperty("payara.extraMicroOptions",
                    "--prebootcommandfile " + AppProcess.loopbackCommands(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Attempts a delivery gets in the integration tier before it is dead. */
    public static final int MAX_ATTEMPTS = 6;
    /** Where the app's e-mail links point in the integration tier. */
    public static final String PUBLIC_URL = "http://app.it.invalid";

    /** The SMTP server the app of this run sends to (GreenMail on loopback). */
    public static synchronized GreenMail mail() {
        return mail;
    }

    /** The loopback port the SMTP server listens on, the same across {@link #stopMail()} and {@link #startMail()}. */
    public static int mailPort() {
        return mailPort;
    }

    /** Stops the SMTP server: the app's e-mail deliveries fail until {@link #startMail()}. */
    public static synchronized void stopMail() {
        if (mail != null) {
            mail.stop();
            mail = null;
        }
    }

    /** Starts the SMTP server again on the same port, empty. */
    public static synchronized void startMail() {
        if (mail == null) {
            mail = new GreenMail(new ServerSetup(mailPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
        }
    }

    /** The SMS stand-in the app of this run sends to. */
    public static SmsStandIn sms() {
        return sms;
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        stopMail();
        if (sms != null) {
            sms.stop();
            sms = null;
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            postgres = null;
        }
    }

    /**
     * The environment of an app process started outside Arquillian (fault tests, the benchmark): the embedded
     * PostgreSQL on the given port, tokens signed by this run's key (its JWKS written into {@code dir}) and a fresh
     * identity-number key. Instances that must read each other's data share one such map.
     */
    public static java.util.Map<String, String> appProcess(int dbPort, Path dir) throws IOException {
        Path jwks = dir.resolve("jwks.json");
        Files.writeString(jwks, TestTokens.publicJwks());
        return java.util.Map.of("DB_URL", "jdbc:postgresql://127.0.0.1:" + dbPort + "/postgres",
                "DB_USER", "postgres", "DB_PASSWORD", "postgres",
                "MP_JWT_VERIFY_ISSUER", ISSUER,
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", jwks.toUri().toString(),
                "APP_IDENTITY_KEY", identityKey());
    }

    /**
     * The identity-number key the Arquillian-deployed app of this run was given: for tests that must write data as
     * the app stores it (encrypted), e.g. values the API refuses today but older rows may hold.
     */
    public static byte[] runIdentityKey() {
        return java.util.Base64.getDecoder().decode(runIdentityKey);
    }

    /** A fresh identity-number key (base64 of 32 random bytes) for this test run. */
    public static String identityKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.Base64.getEncoder().encodeToString(key);
    }

    public static String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
    }

    public static java.sql.Connection connect() throws java.sql.SQLException {
        return postgres.getPostgresDatabase().getConnection();
    }
}
