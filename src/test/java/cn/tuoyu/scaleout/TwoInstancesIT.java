package cn.tuoyu.scaleout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import cn.tuoyu.facilities.FacilityFixtures;
import cn.tuoyu.families.FamilyFixtures;
import cn.tuoyu.guidance.GuidanceFixtures;
import cn.tuoyu.stack.AppProcess;
import cn.tuoyu.stack.LoadBalancer;
import cn.tuoyu.stack.LocalStack;
import cn.tuoyu.stack.Postgres;
import cn.tuoyu.testing.Api;
import cn.tuoyu.testing.Concurrently;
import cn.tuoyu.testing.IntegrationEnvironment;
import cn.tuoyu.testing.Invariants;
import cn.tuoyu.testing.TestTokens;
import cn.tuoyu.vouchers.VoucherFixtures;

/**
 * Two app instances on one PostgreSQL behind nginx (loopback only): surges, a double-redemption storm, a killed
 * instance, a restarted database and a randomized mix of operations, each followed by a check of the invariants
 * in the database. Bounded in count and time.
 *
 * <p>Why the {@code a_…d_} methods share one stack and run in name order (the exception to "no test depends on
 * another's order"): the stack is processes, not a deployment — a PostgreSQL and two Payara Micro instances
 * started from the shipped WAR, then nginx — and starting it takes minutes, once, in {@link #start()}. The methods
 * share the processes, not data: each seeds its own families, batch, facility and classes and checks the invariants of
 * what it made ({@code INVARIANTS.batch(batch, …)}); the global checks ({@code INVARIANTS.redemptions()}) hold for
 * every row whoever wrote it. The order is from gentle to harsh, and each fault is repaired by the method that
 * causes it: {@code a_} needs a fresh pair (it asserts that both instances served), {@code b_} kills instance 1 and
 * starts it again, {@code c_} stops and restarts PostgreSQL, and {@code d_}'s random mix runs last, on a stack that
 * has come back from both faults. A method that fails half-way can leave the stack broken for the ones after it:
 * read the first failure in name order.
 */
@TestMethodOrder(MethodOrderer.MethodName.class)
class TwoInstancesIT {

    private static final String HAIMEN = "320614";
    private static final Duration START = Duration.ofMinutes(4);

    private static Path dir;
    private static int dbPort;
    private static Postgres postgres;
    private static final int[] PORTS = new int[2];
    private static final AppProcess[] INSTANCES = new AppProcess[2];
    private static Map<String, String> environment;
    private static LoadBalancer nginx;
    private static Api api;
    private static final Invariants INVARIANTS = new Invariants(() -> postgres.connect());

    /** A family with one toddler in Haimen. */
    record Family(String token, String childId) {
    }

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createDirectories(Path.of(System.getProperty("build.directory", "target"), "two-instances-it"));
        dbPort = LocalStack.freePort();
        postgres = database(true);
        environment = IntegrationEnvironment.appProcess(dbPort, dir);
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
        INVARIANTS.batch(batch, 120, 2);

        // the sold-out status a surge page polls is served by nginx, not the app, until it may have changed
        String status = "/api/public/voucher-batches/" + batch + "/status";
        Api.Reply first = api.get(status, null);
        assertEquals("SOLD_OUT", first.json().getString("availability"), first::toString);
        List<Callable<Api.Reply>> polls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            polls.add(() -> api.get(status, null));
        }
        List<Api.Reply> polled = Concurrently.all(polls, 10);
        assertTrue(polled.stream().allMatch(r -> r.status() == 200 && r.body().equals(first.body())), polled::toString);
        long hits = polled.stream().filter(r -> "HIT".equals(r.header("X-Cache-Status"))).count();
        assertTrue(hits >= 45, "nginx answered " + hits + " of 50 polls from its cache");

        String facility = FacilityFixtures.filed(api, HAIMEN);
        // 120 vouchers among 150 families: any family may have none, so the holder is found from a voucher
        String voucher = single("SELECT id FROM vouchers WHERE batch_id = '" + batch + "' ORDER BY serial LIMIT 1");
        String holderChild = single("SELECT child_id FROM vouchers WHERE id = '" + voucher + "'");
        Family holder = families.stream().filter(f -> f.childId().equals(holderChild)).findFirst().orElseThrow();
        String json = VoucherFixtures.scanned(VoucherFixtures.codeText(api, holder.token(), voucher));
        List<Callable<Integer>> storm = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            storm.add(() -> VoucherFixtures.redeem(api, facility, json, null).status());
        }
        assertEquals(Map.of(201, 1, 409, 59), Concurrently.statuses(storm, 60));
        INVARIANTS.redemptions();
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
        INVARIANTS.batch(batch, 150, 2);
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
        INVARIANTS.batch(batch, 150, 2);
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
        INVARIANTS.batch(batch, 1000, 50);
    }

    @Test
    void d_aRandomMixOfTenThousandOperationsAcrossBothInstancesKeepsTheInvariants() throws Exception {
        List<Family> families = families(100);
        List<Family> infants = infants(20);
        String facility = FacilityFixtures.filed(api, HAIMEN);
        List<String> batches = List.of(VoucherFixtures.publishedBatch(api, HAIMEN, 400, 3, true),
                VoucherFixtures.publishedBatch(api, HAIMEN, 300, 2, false));
        // a few small classes for infants (0-12 months: the guidance entitlement), so seats are fought over and freed;
        // waitlists only for the first two: there a freed seat goes to the first child waiting as an offer, in the
        // other two it goes back to the counter and the bookers race for it
        List<String> classes = List.of(GuidanceFixtures.publishedClass(api, HAIMEN, 3, 0, 12, 8),
                GuidanceFixtures.publishedClass(api, HAIMEN, 4, 0, 12, 9),
                GuidanceFixtures.publishedClass(api, HAIMEN, 5, 0, 12, 10),
                GuidanceFixtures.publishedClass(api, HAIMEN, 3, 0, 12, 11));
        String staff = TestTokens.facility(facility);
        Random random = new Random(20261123L);
        List<Callable<Integer>> operations = new ArrayList<>();
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        List<String> redemptions = Collections.synchronizedList(new ArrayList<>());
        while (operations.size() < 10_000) {
            Family family = families.get(random.nextInt(families.size()));
            Family infant = infants.get(random.nextInt(infants.size()));
            String batch = batches.get(random.nextInt(batches.size()));
            String clazz = classes.get(random.nextInt(classes.size()));
            String waitlisted = classes.get(random.nextInt(2));
            // requests sent together: queued next to each other, each waits (bounded) until all have started
            boolean together = random.nextInt(4) != 0 && operations.size() <= 9_996;
            int kind = random.nextInt(40);
            if (kind < 12) {
                operations.add(tallied(outcomes, "claim",
                        () -> VoucherFixtures.tryClaim(api, family.token(), family.childId(), batch)));
            } else if (kind < 20) {
                operations.add(tallied(outcomes, "redeem", () -> redeemOne(family, facility, redemptions)));
            } else if (kind < 24) {
                operations.add(tallied(outcomes, "void", () -> {
                    if (redemptions.isEmpty()) {
                        return null;
                    }
                    String id = redemptions.get(ThreadLocalRandom.current().nextInt(redemptions.size()));
                    return api.post("/api/redemptions/" + id + "/void", staff, "{\"reason\":\"随机测试\"}");
                }));
            } else if (kind < 31) {
                List<Callable<Integer>> group = new ArrayList<>();
                int race = together ? random.nextInt(5) : -1;
                if (race < 0) {
                    group.add(tallied(outcomes, "book",
                            () -> GuidanceFixtures.tryBook(api, infant.token(), clazz, infant.childId())));
                } else if (race < 3) {
                    // four families race for the last seats of a class without a waitlist
                    String contested = classes.get(2 + random.nextInt(2));
                    for (int k = 0; k < 4; k++) {
                        Family racer = infants.get(random.nextInt(infants.size()));
                        group.add(tallied(outcomes, "book",
                                () -> GuidanceFixtures.tryBook(api, racer.token(), contested, racer.childId())));
                    }
                } else {
                    // one child tapped twice: the same class (once per class) or two classes (its last unit)
                    String other = race == 3 ? clazz : classes.get(random.nextInt(classes.size()));
                    for (String target : List.of(clazz, other)) {
                        group.add(tallied(outcomes, "book",
                                () -> GuidanceFixtures.tryBook(api, infant.token(), target, infant.childId())));
                    }
                }
                operations.addAll(together(group));
            } else if (kind < 35) {
                // a double tap cancels the same booking twice at once
                operations.addAll(together(together
                        ? List.of(tallied(outcomes, "cancel", () -> cancelOne(infant, false)),
                                tallied(outcomes, "cancel", () -> cancelOne(infant, false)))
                        : List.of(tallied(outcomes, "cancel", () -> cancelOne(infant, true)))));
            } else if (kind < 36) {
                operations.add(tallied(outcomes, "join-waitlist",
                        () -> GuidanceFixtures.tryJoinWaitlist(api, infant.token(), waitlisted, infant.childId())));
            } else {
                operations.add(tallied(outcomes, "offer", () -> answerOffer(infant)));
            }
        }
        Instant started = Instant.now();
        Map<Integer, Integer> statuses = Concurrently.statuses(operations, 32);
        long seconds = Duration.between(started, Instant.now()).toSeconds();
        System.out.printf("10,000 mixed operations in %d s: %s%n  by kind: %s%n", seconds, new HashMap<>(statuses),
                new java.util.TreeMap<>(outcomes));
        assertEquals(10_000, statuses.values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(statuses.keySet().stream().allMatch(s -> s < 500), statuses::toString);
        for (String batch : batches) {
            INVARIANTS.batch(batch, batch.equals(batches.get(0)) ? 400 : 300, batch.equals(batches.get(0)) ? 3 : 2);
        }
        INVARIANTS.redemptions();
        assertEquals(0, count("SELECT count(*) FROM entitlement_counters WHERE used < 0 OR used > granted"));
        assertEquals(0, count("SELECT count(*) FROM vouchers v JOIN entitlement_entries e ON e.id = v.reservation_id "
                + "WHERE (v.state = 'REDEEMED') <> (e.state = 'CONSUMED')"), "each reserved voucher's entitlement "
                        + "is consumed exactly when the voucher is redeemed");
        INVARIANTS.guidance(classes);
        // the mix did what it is for: seats ran out, were given back and taken again
        assertTrue(outcomes.getOrDefault("book 409", 0) > 0, () -> "classes were full: " + outcomes);
        assertTrue(outcomes.getOrDefault("cancel 200", 0) > 0, () -> "bookings were cancelled: " + outcomes);
        assertTrue(count(
                "SELECT count(*) FROM class_bookings WHERE class_id IN (" + Invariants.quoted(classes) + ")") > count(
                        "SELECT sum(capacity) FROM parent_classes WHERE id IN (" + Invariants.quoted(classes) + ")"),
                "freed seats were booked again");
    }

    /** A redemption of the family's first voucher at the facility (code fetched as the family, scanned as staff). */
    private static Api.Reply redeemOne(Family family, String facility, List<String> redemptions) {
        Api.Reply mine = api.get("/api/vouchers", family.token());
        if (mine.status() != 200 || mine.array().isEmpty()) {
            return mine;
        }
        var voucher = mine.array().getJsonObject(0);
        Api.Reply code = api.get("/api/vouchers/" + voucher.getString("id") + "/code", family.token());
        if (code.status() != 200) {
            return code;
        }
        Api.Reply redeemed = VoucherFixtures.redeem(api, facility, VoucherFixtures.scanned(code.json()
                .getString("text")), null);
        if (redeemed.status() == 201) {
            redemptions.add(redeemed.json().getString("redemptionId"));
        }
        return redeemed;
    }

    /**
     * Cancels one of the family's live bookings (a random one, or the first so that a double tap cancels the same
     * booking twice at once); a family without one only looks (tallied as 204).
     */
    private static Api.Reply cancelOne(Family infant, boolean anyOne) {
        Api.Reply mine = api.get("/api/bookings", infant.token());
        if (mine.status() != 200) {
            return mine;
        }
        List<String> live = mine.array().getValuesAs(JsonObject.class).stream()
                .filter(b -> "BOOKED".equals(b.getString("state"))).map(b -> b.getString("id")).toList();
        if (live.isEmpty()) {
            return null;
        }
        String id = live.get(anyOne ? ThreadLocalRandom.current().nextInt(live.size()) : 0);
        return api.delete("/api/bookings/" + id, infant.token());
    }

    /**
     * Answers the family's open waitlist offer: mostly accepts it, sometimes declines it (withdraws), and withdraws
     * when accepting is refused (e.g. no guidance unit left) so that the held seat passes on; may leave a waiting
     * place. Nothing to answer is tallied as 204.
     */
    private static Api.Reply answerOffer(Family infant) {
        Api.Reply mine = api.get("/api/waitlist", infant.token());
        if (mine.status() != 200) {
            return mine;
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (JsonObject entry : mine.array().getValuesAs(JsonObject.class)) {
            String id = entry.getString("id");
            if ("OFFERED".equals(entry.getString("state"))) {
                if (random.nextInt(5) == 0) {
                    return api.delete("/api/waitlist/" + id, infant.token());
                }
                Api.Reply accepted = api.post("/api/waitlist/" + id + "/acceptance", infant.token(), "");
                if (accepted.status() != 201) {
                    api.delete("/api/waitlist/" + id, infant.token());
                }
                return accepted;
            }
            if ("WAITING".equals(entry.getString("state")) && random.nextInt(4) == 0) {
                return api.delete("/api/waitlist/" + id, infant.token());
            }
        }
        return null;
    }

    /** The tasks, each made to wait (at most 10 s) until all of them have started, so that they run at once. */
    private static List<Callable<Integer>> together(List<Callable<Integer>> tasks) {
        if (tasks.size() < 2) {
            return tasks;
        }
        CountDownLatch started = new CountDownLatch(tasks.size());
        return tasks.stream().<Callable<Integer>>map(task -> () -> {
            started.countDown();
            started.await(10, TimeUnit.SECONDS);
            return task.call();
        }).toList();
    }

    /** Counts each operation's answer under its kind ("book 409"); a task that sent nothing answers 204. */
    private static Callable<Integer> tallied(Map<String, Integer> outcomes, String kind, Callable<Api.Reply> task) {
        return () -> {
            Api.Reply reply = task.call();
            int status = reply == null ? 204 : reply.status();
            outcomes.merge(kind + " " + status, 1, Integer::sum);
            if (status >= 500) {
                System.out.printf("%s answered %s%n", kind, reply);
            }
            return status;
        };
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

    /** Families with one infant (1-9 months) in Haimen: entitled to guidance sessions, young enough for the classes. */
    private static List<Family> infants(int n) {
        List<Family> infants = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String token = FamilyFixtures.consentingResident(api);
            infants.add(new Family(token, FamilyFixtures.registerChild(api, token, 1 + i % 9, HAIMEN)));
        }
        return infants;
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

    /** The same data directory and port each time, so a restart finds the data it had. */
    private static Postgres database(boolean fresh) throws Exception {
        return Postgres.start(dir.resolve("postgres"), dbPort, fresh);
    }

    private static String single(String sql) throws SQLException {
        return INVARIANTS.single(sql);
    }

    private static long count(String sql) throws SQLException {
        return INVARIANTS.count(sql);
    }
}
