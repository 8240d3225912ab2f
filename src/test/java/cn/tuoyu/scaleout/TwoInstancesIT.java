package cn.tuoyu.scaleout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import cn.tuoyu.facilities.FacilityFixtures;
import cn.tuoyu.families.FamilyFixtures;
import cn.tuoyu.stack.AppProcess;
import cn.tuoyu.stack.LoadBalancer;
import cn.tuoyu.stack.LocalStack;
import cn.tuoyu.testing.Api;
import cn.tuoyu.testing.Concurrently;
import cn.tuoyu.testing.IntegrationEnvironment;
import cn.tuoyu.testing.TestTokens;
import cn.tuoyu.vouchers.VoucherFixtures;

/**
 * Two app instances on one PostgreSQL behind nginx (loopback only): surges, a double-redemption storm, a killed
 * instance, a restarted database and a randomized mix of operations, each followed by a check of the invariants
 * in the database. Bounded in count and time.
 */
@TestMethodOrder(MethodOrderer.MethodName.class)
class TwoInstancesIT {

    private static final String HAIMEN = "320614";
    private static final Duration START = Duration.ofMinutes(4);

    private static Path dir;
    private static int dbPort;
    private static EmbeddedPostgres postgres;
    private static final int[] PORTS = new int[2];
    private static final AppProcess[] INSTANCES = new AppProcess[2];
    private static Map<String, String> environment;
    private static LoadBalancer nginx;
    private static Api api;

    /** A family with one toddler in Haimen. */
    record Family(String token, String childId) {
    }

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createDirectories(Path.of(System.getProperty("build.directory", "target"), "two-instances-it"));
        dbPort = LocalStack.freePort();
        postgres = database(true);
        Path jwks = dir.resolve("jwks.json");
        Files.writeString(jwks, TestTokens.publicJwks());
        environment = Map.of("DB_URL", "jdbc:postgresql://127.0.0.1:" + dbPort + "/postgres", "DB_USER", "postgres",
                "DB_PASSWORD", "postgres", "MP_JWT_VERIFY_ISSUER", IntegrationEnvironment.ISSUER,
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", jwks.toUri().toString(),
                "APP_IDENTITY_KEY", IntegrationEnvironment.identityKey());
        for (int i = 0; i < 2; i++) {
            PORTS[i] = LocalStack.freePort();
            INSTANCES[i] = instance(i);
        }
        for (int i = 0; i < 2; i++) {
            INSTANCES[i].awaitOk("http://127.0.0.1:" + PORTS[i] + "/health/ready", START);
        }
        nginx = LoadBalancer.start(Path.of("deploy/local/nginx.conf.template"), dir, LocalStack.freePort(),
                List.of(PORTS[0], PORTS[1]));
        api = new Api(URI.create(nginx.url() + "/").toURL());
    }

    @AfterAll
    static void stop() throws Exception {
        if (nginx != null) {
            nginx.close();
        }
        for (AppProcess instance : INSTANCES) {
            if (instance != null) {
                instance.close();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void a_surgeAndADoubleRedemptionStormAcrossBothInstancesKeepTheInvariants() throws Exception {
        List<Family> families = families(150);
        String batch = VoucherFixtures.publishedBatch(api, HAIMEN, 120, 2, false);
        List<Callable<Integer>> claims = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            Family family = families.get(i % families.size());
            claims.add(() -> VoucherFixtures.tryClaim(api, family.token(), family.childId(), batch).status());
        }
        Map<Integer, Integer> statuses = Concurrently.statuses(claims, 60);
        assertEquals(120, statuses.getOrDefault(201, 0), statuses::toString);
        assertEquals(Map.of(201, 120, 409, 480), statuses);
        assertBatchInvariants(batch, 120, 2);

        String facility = FacilityFixtures.filed(api, HAIMEN);
        Family holder = families.get(0);
        String voucher = single("SELECT id FROM vouchers WHERE batch_id = '" + batch + "' AND child_id = '"
                + holder.childId() + "' LIMIT 1");
        String json = VoucherFixtures.scanned(VoucherFixtures.codeText(api, holder.token(), voucher));
        List<Callable<Integer>> storm = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            storm.add(() -> VoucherFixtures.redeem(api, facility, json, null).status());
        }
        assertEquals(Map.of(201, 1, 409, 59), Concurrently.statuses(storm, 60));
        assertRedemptionInvariants();
        assertTrue(servedBy(0) && servedBy(1), "both instances took part");
    }

    @Test
    void b_killingOneInstanceMidSurgeLeavesTheOtherServingAndItRejoinsByItself() throws Exception {
        List<Family> families = families(100);
        String batch = VoucherFixtures.publishedBatch(api, HAIMEN, 150, 2, false);
        List<Callable<Integer>> claims = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            Family family = families.get(i % families.size());
            claims.add(() -> VoucherFixtures.tryClaim(api, family.token(), family.childId(), batch).status());
        }
        ExecutorService killer = Executors.newSingleThreadExecutor();
        Future<?> kill = killer.submit(() -> {
            Thread.sleep(300);
            INSTANCES[0].kill();
            return null;
        });
        Map<Integer, Integer> statuses = Concurrently.statuses(claims, 40);
        kill.get(1, TimeUnit.MINUTES);
        killer.shutdown();
        assertFalse(INSTANCES[0].isAlive(), "instance 1 was killed");
        int issued = (int) count("SELECT issued FROM voucher_batches WHERE id = '" + batch + "'");
        assertTrue(statuses.getOrDefault(201, 0) <= issued, statuses::toString);
        assertBatchInvariants(batch, 150, 2);
        assertEquals(200, api.get("/health/ready", null).status(), "the other instance keeps serving");
        for (int i = 0; i < 20; i++) {
            Family family = families.get(i);
            int status = VoucherFixtures.tryClaim(api, family.token(), family.childId(), batch).status();
            assertTrue(status == 201 || status == 409, "after the kill: " + status);
        }

        INSTANCES[0] = instance(0);
        INSTANCES[0].awaitOk("http://127.0.0.1:" + PORTS[0] + "/health/ready", START);
        Instant until = Instant.now().plusSeconds(20);
        while (!servedBy(0) && Instant.now().isBefore(until)) {
            Thread.sleep(200);
        }
        assertTrue(servedBy(0), "the restarted instance serves traffic again through nginx");
        assertBatchInvariants(batch, 150, 2);
    }

    @Test
    void c_restartingTheDatabaseMidLoadGives503sNot500sAndServiceRecovers() throws Exception {
        List<Family> families = families(20);
        String batch = VoucherFixtures.publishedBatch(api, HAIMEN, 1000, 50, false);
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        Map<String, String> badBodies = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService load = Executors.newFixedThreadPool(8);
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            int worker = w;
            workers.add(load.submit(() -> {
                int i = 0;
                Instant stopAt = Instant.now().plusSeconds(120);
                while (running.get() && Instant.now().isBefore(stopAt)) {
                    Family family = families.get((worker * 31 + i++) % families.size());
                    Api.Reply reply = VoucherFixtures.tryClaim(api, family.token(), family.childId(), batch);
                    statuses.merge(reply.status(), 1, Integer::sum);
                    if (reply.status() == 503) {
                        boolean problem = reply.contentType() != null
                                && reply.contentType().startsWith("application/problem+json")
                                && reply.header("Retry-After") != null;
                        if (!problem) {
                            badBodies.put("503 without problem or Retry-After", reply.toString());
                        }
                    }
                    if (reply.status() >= 500 && reply.status() != 503 && reply.status() != 502) {
                        badBodies.put(String.valueOf(reply.status()), reply.toString());
                    }
                }
                return null;
            }));
        }
        Thread.sleep(1500);
        postgres.close();
        Thread.sleep(3000);
        postgres = database(false);
        Instant back = Instant.now();
        Instant deadline = back.plusSeconds(30);
        boolean recovered = false;
        while (Instant.now().isBefore(deadline)) {
            Family family = families.get(0);
            if (VoucherFixtures.tryClaim(api, family.token(), family.childId(), batch).status() == 201
                    && api.get("/health/ready", null).status() == 200) {
                recovered = true;
                break;
            }
            Thread.sleep(500);
        }
        running.set(false);
        for (Future<?> worker : workers) {
            worker.get(2, TimeUnit.MINUTES);
        }
        load.shutdown();
        assertTrue(recovered, "recovered within 30 s of the database coming back: " + statuses);
        assertTrue(badBodies.isEmpty(), () -> "no 500s, every 503 a problem with Retry-After: " + badBodies);
        assertTrue(statuses.getOrDefault(503, 0) > 0, () -> "the outage was noticed: " + statuses);
        assertBatchInvariants(batch, 1000, 50);
    }

    @Test
    void d_aRandomMixOfTenThousandOperationsAcrossBothInstancesKeepsTheInvariants() throws Exception {
        List<Family> families = families(100);
        String facility = FacilityFixtures.filed(api, HAIMEN);
        List<String> batches = List.of(VoucherFixtures.publishedBatch(api, HAIMEN, 400, 3, true),
                VoucherFixtures.publishedBatch(api, HAIMEN, 300, 2, false));
        String staff = TestTokens.facility(facility);
        Random random = new Random(20261123L);
        List<Callable<Integer>> operations = new ArrayList<>();
        List<String> redemptions = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 10_000; i++) {
            Family family = families.get(random.nextInt(families.size()));
            String batch = batches.get(random.nextInt(batches.size()));
            int kind = random.nextInt(10);
            if (kind < 4) {
                operations.add(() -> VoucherFixtures.tryClaim(api, family.token(), family.childId(), batch).status());
            } else if (kind < 8) {
                operations.add(() -> {
                    Api.Reply mine = api.get("/api/vouchers", family.token());
                    if (mine.status() != 200 || mine.array().isEmpty()) {
                        return mine.status();
                    }
                    var voucher = mine.array().getJsonObject(0);
                    Api.Reply code = api.get("/api/vouchers/" + voucher.getString("id") + "/code", family.token());
                    if (code.status() != 200) {
                        return code.status();
                    }
                    Api.Reply redeemed = VoucherFixtures.redeem(api, facility,
                            VoucherFixtures.scanned(code.json().getString("text")), null);
                    if (redeemed.status() == 201) {
                        redemptions.add(redeemed.json().getString("redemptionId"));
                    }
                    return redeemed.status();
                });
            } else {
                operations.add(() -> {
                    if (redemptions.isEmpty()) {
                        return 204;
                    }
                    String id = redemptions.get(random.nextInt(redemptions.size()));
                    return api.post("/api/redemptions/" + id + "/void", staff, "{\"reason\":\"随机测试\"}").status();
                });
            }
        }
        Instant started = Instant.now();
        Map<Integer, Integer> statuses = Concurrently.statuses(operations, 32);
        assertEquals(10_000, statuses.values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(statuses.keySet().stream().allMatch(s -> s < 500), statuses::toString);
        for (String batch : batches) {
            assertBatchInvariants(batch, batch.equals(batches.get(0)) ? 400 : 300, batch.equals(batches.get(0)) ? 3 : 2);
        }
        assertRedemptionInvariants();
        assertEquals(0, count("SELECT count(*) FROM entitlement_counters WHERE used < 0 OR used > granted"));
        assertEquals(0, count("SELECT count(*) FROM vouchers v JOIN entitlement_entries e ON e.id = v.reservation_id "
                + "WHERE (v.state = 'REDEEMED') <> (e.state = 'CONSUMED')"), "each reserved voucher's entitlement "
                + "is consumed exactly when the voucher is redeemed");
        System.out.printf("10,000 mixed operations in %d s: %s%n", Duration.between(started, Instant.now())
                .toSeconds(), new HashMap<>(statuses));
    }

    // --- the invariants, read from the database ---

    private static void assertBatchInvariants(String batch, int quantity, int perChild) throws SQLException {
        long vouchers = count("SELECT count(*) FROM vouchers WHERE batch_id = '" + batch + "'");
        assertEquals(vouchers, count("SELECT issued FROM voucher_batches WHERE id = '" + batch + "'"),
                "issued = vouchers");
        assertTrue(vouchers <= quantity, "never more than the quantity");
        assertEquals(vouchers, count("SELECT count(DISTINCT serial) FROM vouchers WHERE batch_id = '" + batch
                + "' AND serial BETWEEN 1 AND " + quantity));
        assertEquals(0, count("SELECT count(*) FROM (SELECT child_id FROM vouchers WHERE batch_id = '" + batch
                + "' GROUP BY child_id HAVING count(*) > " + perChild + ") over"));
    }

    private static void assertRedemptionInvariants() throws SQLException {
        assertEquals(0, count("SELECT count(*) FROM (SELECT voucher_id FROM voucher_redemptions WHERE voided_at IS NULL "
                + "GROUP BY voucher_id HAVING count(*) > 1) twice"), "one live redemption per voucher");
        assertEquals(0, count("SELECT count(*) FROM vouchers v WHERE (v.state = 'REDEEMED') <> EXISTS (SELECT 1 "
                + "FROM voucher_redemptions r WHERE r.voucher_id = v.id AND r.voided_at IS NULL)"),
                "a voucher is redeemed exactly when it has a live redemption");
    }

    // --- set-up helpers ---

    private static List<Family> families(int n) {
        List<Family> families = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String token = FamilyFixtures.consentingResident(api);
            families.add(new Family(token, FamilyFixtures.registerChild(api, token, 14 + i % 20, HAIMEN)));
        }
        return families;
    }

    private static AppProcess instance(int i) throws Exception {
        return AppProcess.payaraMicro(Path.of(System.getProperty("payara.microJar")),
                Path.of(System.getProperty("app.war")), PORTS[i], environment,
                Files.createDirectories(dir.resolve("instance-" + (i + 1))));
    }

    /** Whether nginx sends requests to this instance (nginx names the instance that answered in X-Served-By). */
    private static boolean servedBy(int i) {
        for (int k = 0; k < 8; k++) {
            String servedBy = api.get("/api/client-config", null).header("X-Served-By");
            if (servedBy != null && servedBy.endsWith(":" + PORTS[i])) {
                return true;
            }
        }
        return false;
    }

    private static EmbeddedPostgres database(boolean fresh) throws Exception {
        Path data = dir.resolve("postgres");
        if (fresh && Files.exists(data)) {
            try (var paths = Files.walk(data)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return EmbeddedPostgres.builder().setPort(dbPort).setDataDirectory(data).setCleanDataDirectory(false).start();
    }

    private static String single(String sql) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    private static long count(String sql) throws SQLException {
        return Long.parseLong(single(sql));
    }
}
