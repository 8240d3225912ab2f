package cn.tuoyu.scaleout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.json.Json;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.tuoyu.families.FamilyFixtures;
import cn.tuoyu.guidance.GuidanceFixtures;
import cn.tuoyu.stack.AppProcess;
import cn.tuoyu.stack.LocalStack;
import cn.tuoyu.stack.Postgres;
import cn.tuoyu.testing.Api;
import cn.tuoyu.testing.Concurrently;
import cn.tuoyu.testing.IntegrationEnvironment;
import cn.tuoyu.testing.TestTokens;

/**
 * A lottery draw interrupted by {@code kill -9}: the shipped WAR (system clock) as one instance draws a batch of
 * {@value #APPLICATIONS} applications; the test watches PostgreSQL and kills the instance while the draw's
 * transaction holds the applications' rows and before it commits. Nothing of the draw survives (no draw row, no
 * position, no notice); a second instance started afterwards, on the same database, draws the batch from the seed the
 * database kept: exactly once, every position once, the order the revealed seed gives and the commitment published
 * before.
 */
class LotteryDrawKillIT {

    private static final String HAIMEN = "320614";
    private static final int APPLICATIONS = 1500;
    private static final Duration START = Duration.ofMinutes(4);
    /**
     * Transactions in the middle of a draw: holding the applications' rows (FOR UPDATE) while writing notices. The
     * timer's pass-down scan locks applications too, but writes a notice only when an offer passes, and none is due.
     */
    private static final String DRAWING = "SELECT count(*) FROM pg_locks a JOIN pg_class ca ON ca.oid = a.relation "
            + "JOIN pg_locks n ON n.pid = a.pid JOIN pg_class cn ON cn.oid = n.relation "
            + "WHERE ca.relname = 'lottery_applications' AND a.mode = 'RowShareLock' "
            + "AND cn.relname = 'notification' AND n.mode = 'RowExclusiveLock'";

    private static Path dir;
    private static Postgres postgres;
    private static Map<String, String> environment;
    private static final List<AppProcess> INSTANCES = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createDirectories(Path.of(System.getProperty("build.directory", "target"),
                "lottery-kill-it"));
        int dbPort = LocalStack.freePort();
        postgres = Postgres.start(dir.resolve("postgres"), dbPort, true);
        environment = new HashMap<>(IntegrationEnvironment.appProcess(dbPort, dir));
    }

    @AfterAll
    static void stop() throws Exception {
        for (AppProcess instance : INSTANCES) {
            instance.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private static Api instance(String name) throws Exception {
        int port = LocalStack.freePort();
        AppProcess app = AppProcess.payaraMicro(Path.of(System.getProperty("payara.microJar")),
                Path.of(System.getProperty("app.war")), port, environment,
                Files.createDirectories(dir.resolve(name)));
        INSTANCES.add(app);
        app.awaitOk("http://127.0.0.1:" + port + "/health/ready", START);
        return new Api(URI.create("http://127.0.0.1:" + port + "/").toURL());
    }

    @Test
    void aDrawKilledBeforeItCommitsLeavesNothingAndAnotherInstanceDrawsTheSameSeedOnce() throws Exception {
        Api first = instance("instance-1");
        OffsetDateTime now = OffsetDateTime.now(ZoneId.of("Asia/Shanghai"));
        // time to apply for every child through the API before the draw (the shipped WAR runs on the system clock)
        OffsetDateTime drawAt = now.plusSeconds(180);
        String health = TestTokens.health(HAIMEN);
        Api.Reply created = first.post("/api/voucher-batches", health, Json.createObjectBuilder()
                .add("name", "抽签-kill").add("careHours", 2).add("quantity", 100).add("perChildLimit", 1)
                .add("minAgeMonths", 0).add("maxAgeMonths", 36).add("allHourlyFacilities", true)
                .add("claimOpensAt", now.minusMinutes(5).toString()).add("claimClosesAt", now.plusDays(3).toString())
                .add("validUntil", now.plusDays(30).toString()).add("reservesEntitlement", false)
                .add("allocation", "LOTTERY").add("drawAt", drawAt.toString()).add("offerHours", 24).build()
                .toString());
        assertEquals(201, created.status(), created::toString);
        String batch = created.json().getString("id");
        assertEquals(200, first.put("/api/voucher-batches/" + batch + "/status", health,
                "{\"status\":\"PUBLISHED\"}").status());
        String commitment = first.get("/api/public/voucher-batches/" + batch + "/draw", null).json()
                .getString("commitment");

        List<Callable<Integer>> applications = new ArrayList<>();
        for (int i = 0; i < APPLICATIONS; i++) {
            applications.add(() -> {
                String token = FamilyFixtures.consentingResident(first);
                String child = FamilyFixtures.registerChild(first, token, 6, HAIMEN);
                return first.post("/api/children/" + child + "/lottery-applications", token,
                        "{\"batchId\":\"" + batch + "\"}").status();
            });
        }
        Instant applying = Instant.now();
        assertEquals(Map.of(201, APPLICATIONS), Concurrently.statuses(applications, 16));
        System.out.println("LotteryDrawKillIT: " + APPLICATIONS + " families registered and applied in "
                + Duration.between(applying, Instant.now()).toMillis() + " ms");
        assertTrue(Instant.now().isBefore(drawAt.toInstant()), "every application was in before the draw time");

        // the draw's transaction holds the applications' rows (FOR UPDATE) and writes the notices before it commits
        boolean midDraw = false;
        while (!midDraw && Instant.now().isBefore(drawAt.toInstant().plusSeconds(60))) {
            midDraw = count(DRAWING) > 0
                    && count("SELECT count(*) FROM lottery_draws WHERE batch_id = ?", UUID.fromString(batch)) == 0;
            if (!midDraw) {
                Thread.sleep(5);
            }
        }
        assertTrue(midDraw, "the draw started");
        INSTANCES.get(0).kill();
        GuidanceFixtures.await(() -> count(DRAWING), n -> n == 0);
        assertEquals(0, count(DRAWING), "PostgreSQL ended the killed instance's transaction");
        assertEquals(0, count("SELECT count(*) FROM lottery_draws WHERE batch_id = ?", UUID.fromString(batch)),
                "killed before the draw committed: nothing of it is left");
        assertEquals(0, count("SELECT count(*) FROM lottery_applications WHERE batch_id = ? AND position IS NOT NULL",
                UUID.fromString(batch)));
        assertEquals(0, count("SELECT count(*) FROM notification WHERE event_key LIKE 'lottery-%'"));

        Api second = instance("instance-2");
        long drawn = GuidanceFixtures.await(() -> count("SELECT count(*) FROM lottery_draws WHERE batch_id = ?",
                UUID.fromString(batch)), n -> n > 0);
        assertEquals(1, drawn, "the second instance drew the batch");
        var draw = second.get("/api/public/voucher-batches/" + batch + "/draw", null).json();
        assertEquals(commitment, draw.getString("commitment"));
        byte[] seed = HexFormat.of().parseHex(draw.getString("seed"));
        assertEquals(commitment, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(seed)),
                "the seed kept across the crash is the one committed to");
        List<String> listed = draw.getJsonArray("entries").getValuesAs(jakarta.json.JsonObject.class).stream()
                .sorted(Comparator.comparingInt(e -> e.getInt("position"))).map(e -> e.getString("applicationId"))
                .toList();
        assertEquals(APPLICATIONS, listed.size());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(seed, "HmacSHA256"));
        List<String> expected = listed.stream().sorted(Comparator.comparing((String id) -> HexFormat.of()
                .formatHex(mac.doFinal(id.getBytes(StandardCharsets.UTF_8))))).toList();
        assertEquals(expected, listed, "the order the seed gives");
        assertEquals(APPLICATIONS, count("SELECT count(DISTINCT position) FROM lottery_applications "
                + "WHERE batch_id = ? AND position BETWEEN 1 AND ?", UUID.fromString(batch), APPLICATIONS));
        assertEquals(100, count("SELECT count(*) FROM lottery_applications WHERE batch_id = ? AND state = 'OFFERED' "
                + "AND position <= 100", UUID.fromString(batch)));
        assertEquals(APPLICATIONS, count("SELECT count(*) FROM notification WHERE event_key LIKE 'lottery-%'"),
                "each family told once");
    }

    private static long count(String sql, Object... parameters) throws Exception {
        try (Connection db = postgres.connect(); PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
