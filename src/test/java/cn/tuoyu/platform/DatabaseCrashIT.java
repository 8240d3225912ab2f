package cn.tuoyu.platform;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.tuoyu.facilities.FacilityFixtures;
import cn.tuoyu.families.FamilyFixtures;
import cn.tuoyu.guidance.GuidanceFixtures;
import cn.tuoyu.stack.AppProcess;
import cn.tuoyu.stack.LocalStack;
import cn.tuoyu.stack.Postgres;
import cn.tuoyu.testing.Api;
import cn.tuoyu.testing.IntegrationEnvironment;
import cn.tuoyu.testing.Invariants;
import cn.tuoyu.vouchers.VoucherFixtures;

/**
 * A storm of claims, redemptions and bookings; {@code kill -9} of PostgreSQL's postmaster in the middle of it;
 * PostgreSQL started again exactly as the run command starts it ({@link Postgres}). Afterwards every answer that
 * said "done" (201) is still true in the database, and every invariant holds. With {@code -Dcrash.durable=false}
 * (zonky's fsync off and synchronous_commit off) this test catches the lost commits. Bounded in count and time.
 */
class DatabaseCrashIT {

    private static final String HAIMEN = "320614";
    private static final int WORKERS = 8;

    private static Path dir;
    private static Postgres postgres;
    private static AppProcess app;
    private static String appUrl;
    private static Api api;
    private static final Invariants INVARIANTS = new Invariants(() -> postgres.connect());

    record Family(String token, String childId) {
    }

    /** What the app confirmed with 201, as it said it. */
    record Claimed(String voucherId, String childId, int serial, String manualCode) {
    }

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createDirectories(Path.of(System.getProperty("build.directory", "target"), "crash-it"));
        int dbPort = LocalStack.freePort();
        postgres = Postgres.start(dir.resolve("postgres"), dbPort, true, durable());
        int appPort = LocalStack.freePort();
        appUrl = "http://127.0.0.1:" + appPort;
        app = AppProcess.payaraMicro(Path.of(System.getProperty("payara.microJar")),
                Path.of(System.getProperty("app.war")), appPort, IntegrationEnvironment.appProcess(dbPort, dir), dir);
        app.awaitOk(appUrl + "/health/ready", Duration.ofMinutes(4));
        api = new Api(URI.create(appUrl + "/").toURL());
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void theDatabaseRunsWithFsyncAndSynchronousCommitDespiteZonkysDashF() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(durable(), "crash.durable=false: zonky's settings on purpose");
        assertEquals("on", INVARIANTS.single("SHOW fsync"));
        assertEquals("on", INVARIANTS.single("SHOW synchronous_commit"));
        assertEquals("on", INVARIANTS.single("SHOW full_page_writes"));
    }

    @Test
    void everyAnswerThatSaidDoneSurvivesAKillOfThePostmaster() throws Exception {
        List<Family> toddlers = families(40, 14);
        List<Family> infants = families(40, 2);
        String batch = VoucherFixtures.publishedBatch(api, HAIMEN, 5000, 40, false);
        String facility = FacilityFixtures.filed(api, HAIMEN);
        List<String> classes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            classes.add(GuidanceFixtures.publishedClass(api, HAIMEN, 6, 0, 12, 3));
        }

        ConcurrentLinkedQueue<Claimed> claimed = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Claimed> toRedeem = new ConcurrentLinkedQueue<>();
        Map<String, String> redeemed = new ConcurrentHashMap<>();
        Map<String, String> booked = new ConcurrentHashMap<>();
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        Map<String, String> wrongAnswers = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);

        ExecutorService storm = Executors.newFixedThreadPool(WORKERS);
        List<Future<?>> workers = new ArrayList<>();
        Instant stopAt = Instant.now().plusSeconds(120);
        for (int w = 0; w < WORKERS; w++) {
            workers.add(storm.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (running.get() && Instant.now().isBefore(stopAt)) {
                    int pick = random.nextInt(10);
                    Api.Reply reply;
                    String kind;
                    if (pick < 5) {
                        kind = "claim";
                        Family family = toddlers.get(random.nextInt(toddlers.size()));
                        reply = VoucherFixtures.tryClaim(api, family.token(), family.childId(), batch);
                        if (reply.status() == 201) {
                            JsonObject v = reply.json();
                            Claimed c = new Claimed(v.getString("id"), v.getString("childId"), v.getInt("serial"),
                                    v.getString("manualCode"));
                            claimed.add(c);
                            toRedeem.add(c);
                        }
                    } else if (pick < 8) {
                        kind = "redeem";
                        Claimed voucher = toRedeem.poll();
                        if (voucher == null) {
                            continue;
                        }
                        reply = VoucherFixtures.redeem(api, facility, Json.createObjectBuilder()
                                .add("manualCode", voucher.manualCode()).add("device", "counter-1").build()
                                .toString(), UUID.randomUUID().toString());
                        if (reply.status() == 201) {
                            redeemed.put(reply.json().getString("redemptionId"), voucher.voucherId());
                        } else if (reply.status() >= 500) {
                            toRedeem.add(voucher);
                        }
                    } else {
                        kind = "book";
                        Family family = infants.get(random.nextInt(infants.size()));
                        reply = GuidanceFixtures.tryBook(api, family.token(),
                                classes.get(random.nextInt(classes.size())), family.childId());
                        if (reply.status() == 201) {
                            booked.put(reply.json().getString("id"), family.childId());
                        }
                    }
                    outcomes.merge(kind + " " + reply.status(), 1, Integer::sum);
                    boolean problem = reply.contentType() != null
                            && reply.contentType().startsWith("application/problem+json");
                    if (reply.status() >= 500 && !(reply.status() == 503 && problem
                            && reply.header("Retry-After") != null)) {
                        wrongAnswers.put(kind + " " + reply.status(), reply.toString());
                    }
                }
                return null;
            }));
        }

        awaitConfirmed(claimed, 50);
        int confirmedBeforeCrash = claimed.size();
        postgres.crash();
        Thread.sleep(2000);
        postgres.restart();
        Instant back = Instant.now();
        awaitReady(Duration.ofSeconds(15));
        Duration readyAfter = Duration.between(back, Instant.now());
        awaitConfirmed(claimed, claimed.size() + 50);
        running.set(false);
        for (Future<?> worker : workers) {
            worker.get(2, TimeUnit.MINUTES);
        }
        storm.shutdown();
        System.out.printf("crash storm: %s; ready %d ms after PostgreSQL was back%n", outcomes,
                readyAfter.toMillis());

        assertTrue(confirmedBeforeCrash > 0 && claimed.size() > confirmedBeforeCrash, outcomes::toString);
        assertAll("every answer that said done is still true",
                () -> assertEquals(List.of(), missingClaims(claimed), "claimed vouchers lost or changed"),
                () -> assertEquals(List.of(), missing("SELECT count(*) FROM voucher_redemptions WHERE id = ?::uuid "
                        + "AND voucher_id = ?::uuid AND voided_at IS NULL", redeemed), "redemptions lost"),
                () -> assertEquals(List.of(), missing("SELECT count(*) FROM class_bookings WHERE id = ?::uuid "
                        + "AND child_id = ?::uuid AND state = 'BOOKED'", booked), "bookings lost"));
        assertTrue(wrongAnswers.isEmpty(), () -> "only 503 problems with Retry-After, never a 500: " + wrongAnswers);
        INVARIANTS.batch(batch, 5000, 40);
        INVARIANTS.redemptions();
        INVARIANTS.guidance(classes);
    }

    /** Claims confirmed with 201 whose voucher is gone or no longer the child's with that serial and manual code. */
    private static List<String> missingClaims(Iterable<Claimed> claimed) throws Exception {
        List<String> missing = new ArrayList<>();
        try (Connection c = postgres.connect();
                PreparedStatement s = c.prepareStatement(
                        "SELECT count(*) FROM vouchers WHERE id = ?::uuid AND child_id = ?::uuid AND serial = ? "
                                + "AND manual_code = ?")) {
            for (Claimed voucher : claimed) {
                s.setString(1, voucher.voucherId());
                s.setString(2, voucher.childId());
                s.setInt(3, voucher.serial());
                s.setString(4, voucher.manualCode().replaceAll("\\D", ""));
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    if (r.getInt(1) != 1) {
                        missing.add(voucher.voucherId());
                    }
                }
            }
        }
        return missing;
    }

    /** The ids (with the second id each was confirmed for) that the query does not find exactly once. */
    private static List<String> missing(String countSql, Map<String, String> confirmed) throws Exception {
        List<String> missing = new ArrayList<>();
        try (Connection c = postgres.connect(); PreparedStatement s = c.prepareStatement(countSql)) {
            for (Map.Entry<String, String> e : confirmed.entrySet()) {
                s.setString(1, e.getKey());
                s.setString(2, e.getValue());
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    if (r.getInt(1) != 1) {
                        missing.add(e.getKey());
                    }
                }
            }
        }
        return missing;
    }

    private static boolean durable() {
        return Boolean.parseBoolean(System.getProperty("crash.durable", "true"));
    }

    private static void awaitConfirmed(ConcurrentLinkedQueue<Claimed> claimed, int atLeast) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (claimed.size() < atLeast && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
    }

    private static void awaitReady(Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (api.get("/health/ready", null).status() == 200) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not ready within " + timeout + " of PostgreSQL coming back");
    }

    private static List<Family> families(int n, int months) {
        List<Family> families = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String token = FamilyFixtures.consentingResident(api);
            families.add(new Family(token, FamilyFixtures.registerChild(api, token, months + i % 8, HAIMEN)));
        }
        return families;
    }
}
