package cn.tuoyu.scaleout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.tuoyu.families.FamilyFixtures;
import cn.tuoyu.guidance.GuidanceFixtures;
import cn.tuoyu.stack.AppProcess;
import cn.tuoyu.stack.LocalStack;
import cn.tuoyu.stack.Postgres;
import cn.tuoyu.stack.SmsStandIn;
import cn.tuoyu.testing.Api;
import cn.tuoyu.testing.Concurrently;
import cn.tuoyu.testing.IntegrationEnvironment;
import cn.tuoyu.testing.TestTokens;

/**
 * Two app instances dispatching notifications from one PostgreSQL to a real SMTP server and the SMS stand-in; a burst
 * of bookings (each tells its family by e-mail and SMS), then {@code kill -9} of one instance while both dispatch.
 * Every delivery ends sent, and the receivers see each delivery's key: a message the killed instance had handed over
 * but not recorded is sent again by the survivor with the same key (at most the chunk it held), so a receiver that
 * dedupes by key has each notice exactly once.
 */
class NotificationsKillIT {

    private static final String HAIMEN = "320614";
    private static final int FAMILIES = 40;
    private static final int CHUNK = 5;
    private static final Duration START = Duration.ofMinutes(4);

    private static Path dir;
    private static Postgres postgres;
    private static final int[] PORTS = new int[2];
    private static final AppProcess[] INSTANCES = new AppProcess[2];

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createDirectories(Path.of(System.getProperty("build.directory", "target"),
                "notifications-kill-it"));
        int dbPort = LocalStack.freePort();
        postgres = Postgres.start(dir.resolve("postgres"), dbPort, true);
        Map<String, String> environment = new HashMap<>(IntegrationEnvironment.appProcess(dbPort, dir));
        environment.putAll(Map.of("APP_MAIL_HOST", "127.0.0.1",
                "APP_MAIL_PORT", String.valueOf(IntegrationEnvironment.mailPort()),
                "APP_SMS_ENDPOINT", IntegrationEnvironment.sms().endpoint(),
                "APP_SMS_ACCESS_KEY_ID", "it-sms-key",
                "APP_SMS_ACCESS_KEY_SECRET", IntegrationEnvironment.SMS_SECRET,
                // no quiet hours here (00:00-00:00): these app processes run the shipped WAR on the system clock,
                // which no test can move, and a run at China night would hold every SMS until morning
                "APP_SMS_QUIET_START", "00:00", "APP_SMS_QUIET_END", "00:00",
                "APP_NOTIFICATIONS_LEASE_SECONDS", "10",
                "APP_NOTIFICATIONS_CHUNK", String.valueOf(CHUNK)));
        for (int i = 0; i < 2; i++) {
            PORTS[i] = LocalStack.freePort();
            INSTANCES[i] = AppProcess.payaraMicro(Path.of(System.getProperty("payara.microJar")),
                    Path.of(System.getProperty("app.war")), PORTS[i], environment,
                    Files.createDirectories(dir.resolve("instance-" + (i + 1))));
        }
        for (int i = 0; i < 2; i++) {
            INSTANCES[i].awaitOk("http://127.0.0.1:" + PORTS[i] + "/health/ready", START);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        for (AppProcess instance : INSTANCES) {
            if (instance != null) {
                instance.close();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private static Api api(int i) throws Exception {
        return new Api(URI.create("http://127.0.0.1:" + PORTS[i] + "/").toURL());
    }

    /** A parent whose token carries an e-mail address and a mobile number, with a child, who opened the app. */
    record Parent(String token, String child, String email, String phone) {
    }

    private static Parent parent(Api api, int n) {
        String subject = "kill-" + UUID.randomUUID();
        String email = subject + "@example.com";
        String phone = String.format("137%08d", n + 10_000_000 * (int) (Math.random() * 9));
        String token = TestTokens.sign(TestTokens.claims(subject, List.of("resident"), Map.of("email", email,
                "phone_number", phone)).build());
        FamilyFixtures.consent(api, token);
        String child = FamilyFixtures.registerChild(api, token, 6, HAIMEN);
        Api.Reply contact = api.put("/api/notifications/contact", token, "{\"locale\":\"zh-CN\"}");
        assertEquals(204, contact.status(), contact::toString);
        return new Parent(token, child, email, phone);
    }

    @Test
    void aBurstOfNoticesIsDeliveredByTheSurvivorWhenOneDispatchingInstanceIsKilled() throws Exception {
        Api first = api(0);
        Api second = api(1);
        List<Parent> parents = new ArrayList<>();
        for (int i = 0; i < FAMILIES; i++) {
            parents.add(parent(i % 2 == 0 ? first : second, i));
        }
        String classId = GuidanceFixtures.publishedClass(first, HAIMEN, FAMILIES, 0, 12, 5);
        List<Callable<Integer>> bookings = new ArrayList<>();
        for (int i = 0; i < FAMILIES; i++) {
            Parent p = parents.get(i);
            Api via = i % 2 == 0 ? first : second;
            bookings.add(() -> GuidanceFixtures.tryBook(via, p.token(), classId, p.child()).status());
        }
        // the provider answers slowly, so that each instance is still sending when one of them is killed
        IntegrationEnvironment.sms().latency(Duration.ofMillis(250));
        try {
            assertEquals(Map.of(201, FAMILIES), Concurrently.statuses(bookings, 20));
            long sentAtKill = GuidanceFixtures.await(NotificationsKillIT::sent, sent -> sent > 0);
            INSTANCES[0].kill();
            assertTrue(sentAtKill < 2L * FAMILIES, "killed while dispatching: " + sentAtKill + " sent");
        } finally {
            IntegrationEnvironment.sms().latency(Duration.ZERO);
        }

        long sent = GuidanceFixtures.await(NotificationsKillIT::sent, s -> s == 2L * FAMILIES);
        assertEquals(2L * FAMILIES, sent, "every delivery sent after the kill");

        Set<String> expected = keys();
        Set<String> emails = new HashSet<>();
        int emailsReceived = 0;
        Set<String> addresses = new HashSet<>(parents.stream().map(Parent::email).toList());
        for (MimeMessage m : IntegrationEnvironment.mail().getReceivedMessages()) {
            if (addresses.contains(m.getAllRecipients()[0].toString())) {
                emailsReceived++;
                emails.add(m.getMessageID().replaceAll("^<|@.*$", ""));
            }
        }
        Set<String> phones = new HashSet<>(parents.stream().map(Parent::phone).toList());
        List<SmsStandIn.Sms> sms = IntegrationEnvironment.sms().messages().stream()
                .filter(s -> phones.contains(s.phone())).toList();
        Set<String> outIds = new HashSet<>(sms.stream().map(SmsStandIn.Sms::outId).toList());
        Set<String> received = new HashSet<>(emails);
        received.addAll(outIds);
        assertEquals(expected, received, "each delivery reached its receiver, known by its key");
        assertEquals(FAMILIES, emails.size());
        assertEquals(FAMILIES, outIds.size());
        int resent = emailsReceived - emails.size() + sms.size() - outIds.size();
        assertTrue(resent <= CHUNK * 2, "only what the killed instance held can come twice, with the same key: "
                + resent);
    }

    private static long sent() throws Exception {
        try (Connection db = postgres.connect();
                Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM notification_delivery WHERE state = 'SENT'")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static Set<String> keys() throws Exception {
        Set<String> keys = new HashSet<>();
        try (Connection db = postgres.connect();
                Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT replace(id::text, '-', '') FROM notification_delivery")) {
            while (r.next()) {
                keys.add(r.getString(1));
            }
        }
        return keys;
    }
}
