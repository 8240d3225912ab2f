package cn.tuoyu.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.json.Json;

import io.gatling.app.Gatling$;

import cn.tuoyu.facilities.FacilityFixtures;
import cn.tuoyu.platform.security.Roles;
import cn.tuoyu.stack.AppProcess;
import cn.tuoyu.stack.Folders;
import cn.tuoyu.stack.LocalStack;
import cn.tuoyu.stack.Postgres;
import cn.tuoyu.testing.Api;
import cn.tuoyu.testing.IntegrationEnvironment;
import cn.tuoyu.testing.TestTokens;
import cn.tuoyu.vouchers.VoucherFixtures;

/**
 * The benchmark ({@code mvn -Pbench verify}): the app on Payara Micro against an embedded PostgreSQL on this
 * machine, driven over HTTP by Gatling with real JWT verification (tokens signed by a benchmark-only key the app is
 * configured to trust for the run), next to pgbench running the same SQL transactions; the invariants are checked
 * in the database afterwards and the figures written to {@code docs/benchmarks.md}. Then, unless
 * {@code -Dbench.scale=false}, a million children and two million vouchers are loaded by SQL and the claim,
 * redemption and roster scenarios re-run, to compare their p99 with the small database's.
 */
public final class Benchmark {

    private static final int FAMILIES = 2000;
    private static final int INFANTS = 200;
    private static final int SEATS = 10;
    private static final int CLIENTS = 16;
    /** Long enough for the JIT to be done with the claim path: after 20 s, sustained claims ran at 330/s; 90 s, 460/s. */
    private static final int WARM_UP_SECONDS = 90;
    private static final int REDEMPTIONS = 3000;
    private static final int STAFF_READS = 10;
    /** At scale: families numbered from here, a million children, two million vouchers in four batches. */
    private static final int SCALE_FIRST = 10_001;
    private static final int SCALE_CHILDREN = 1_000_000;
    private static final int SCALE_VOUCHERS = 2_000_000;
    private static final int SCALE_BATCHES = 4;

    private final Path dir;
    private final Map<String, String> results = new LinkedHashMap<>();
    private final List<String> rows = new ArrayList<>();
    private final List<String> scaleRows = new ArrayList<>();
    private Postgres postgres;
    private AppProcess app;
    private Api api;
    private String url;
    private final AtomicLong maxRss = new AtomicLong();

    private Benchmark(Path dir) {
        this.dir = dir;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(System.getProperty("build.directory", "target"), "bench");
        Folders.deleteTree(dir);
        Files.createDirectories(dir);
        Benchmark benchmark = new Benchmark(dir);
        try {
            benchmark.run();
        } finally {
            benchmark.stop();
        }
        System.exit(0);
    }

    private void run() throws Exception {
        start();
        try (Connection c = postgres.connect()) {
            BenchData.loadFamilies(c, 1, FAMILIES, 14, 20);
            BenchData.loadFamilies(c, FAMILIES + 1, INFANTS, 1, 10);
            BenchData.loadVisits(c, "b.n <= " + (FAMILIES + INFANTS));
        }
        Path families = families("families.csv", "n <= " + FAMILIES);
        Path infants = families("infants.csv", "n > " + FAMILIES + " AND n <= " + (FAMILIES + INFANTS));
        String facility = FacilityFixtures.filed(api, BenchData.DISTRICT);
        Thread rss = rssSampler();

        // A district opens a batch on a service that has been running: warm the JIT up first (not a target).
        String warmUp = VoucherFixtures.publishedBatch(api, BenchData.DISTRICT, 1_000_000, 100, false);
        gatling("warm-up, not a target: " + CLIENTS + " clients claiming for " + WARM_UP_SECONDS + " s",
                Simulations.SustainedClaims.class, Map.of("bench.batch", warmUp, "bench.feeder", families.toString(),
                        "bench.users", String.valueOf(CLIENTS), "bench.seconds", String.valueOf(WARM_UP_SECONDS)));
        String surge = VoucherFixtures.publishedBatch(api, BenchData.DISTRICT, 500, 1, false);
        gatling("claim surge: 2,000 claimants at once, batch of 500", Simulations.ClaimSurge.class,
                Map.of("bench.batch", surge, "bench.feeder", families.toString(), "bench.users", "2000"));
        gatling("sold-out answers: 2,000 more claimants at once", Simulations.ClaimSurge.class,
                Map.of("bench.batch", surge, "bench.feeder", families.toString(), "bench.users", "2000"));

        String sustained = VoucherFixtures.publishedBatch(api, BenchData.DISTRICT, 1_000_000, 100, false);
        Stats claims = sustainedClaims("", sustained, families);
        String staff = token("bench-staff", "facility", Map.of("facility_id", facility));
        Stats redemptions = redemptions("", staff, "SELECT manual_code FROM vouchers WHERE batch_id = '"
                + sustained + "' AND state = 'CLAIMED' LIMIT " + REDEMPTIONS);
        gatling("read mix: 100 parents a second for 30 s (entitlements + directory)", Simulations.ReadMix.class,
                Map.of("bench.feeder", families.toString(), "bench.rate", "100", "bench.seconds", "30"));
        String clazz = publishedClass(SEATS);
        gatling("booking surge: " + INFANTS + " parents at once for " + SEATS + " seats",
                Simulations.BookingSurge.class, Map.of("bench.class", clazz, "bench.feeder", infants.toString(),
                        "bench.users", String.valueOf(INFANTS)));
        String health = token("bench-health", Roles.HEALTH_COMMISSION, Map.of("district", BenchData.DISTRICT));
        Scaled small = new Scaled(claims, redemptions,
                staffReads("", "roster, first page", "/api/staff/visits", health),
                staffReads("", "due list, first page", "/api/staff/visits/due", health));
        rss.interrupt();

        double claimTps = claims.perSecond();
        String pgbenchBatch = VoucherFixtures.publishedBatch(api, BenchData.DISTRICT, 10_000_000, 100, false);
        double pgClaims = pgbench("claim.sql", Map.of("batch", pgbenchBatch));
        execute("CREATE TABLE bench_vouchers AS SELECT row_number() OVER () AS n, manual_code FROM vouchers "
                + "WHERE batch_id = '" + pgbenchBatch + "' AND state = 'CLAIMED'");
        long vouchers = Long.parseLong(single("SELECT count(*) FROM bench_vouchers"));
        double pgRedemptions = pgbench("redeem.sql",
                Map.of("facility", facility, "vouchers", String.valueOf(vouchers)));
        results.put("claims, app (sustained) per second", fmt(claimTps));
        results.put("claims, pgbench (same SQL, " + CLIENTS + " clients) per second", fmt(pgClaims));
        results.put("claims, app ÷ pgbench", String.format("%.0f %%", 100 * claimTps / pgClaims));
        results.put("redemptions, pgbench (same SQL, " + CLIENTS + " clients) per second", fmt(pgRedemptions));
        results.put("app RSS, highest sampled under load", maxRss.get() / 1024 + " MiB");
        if (Boolean.parseBoolean(System.getProperty("bench.scale", "true"))) {
            atScale(small, sustained, staff, health, facility);
        }
        invariants(clazz);
        report();
    }

    /** The figures of the scenarios that are re-run at scale. */
    private record Scaled(Stats claims, Stats redemptions, Stats roster, Stats due) {
    }

    /**
     * Loads a million children and two million vouchers by SQL, then re-runs the claim, redemption and roster
     * scenarios as on the small database (same rates and durations) and compares their p99.
     */
    private void atScale(Scaled small, String sustained, String staff, String health, String facility)
            throws Exception {
        long loading = System.nanoTime();
        try (Connection c = postgres.connect()) {
            String scale = "b.n >= " + SCALE_FIRST;
            BenchData.loadFamilies(c, SCALE_FIRST, SCALE_CHILDREN, 0, 37);
            BenchData.loadVisits(c, scale);
            BenchData.loadVouchers(c, scale, SCALE_BATCHES, SCALE_VOUCHERS / SCALE_BATCHES, facility);
        }
        results.put("scale: loading by SQL (children, guardians, consents, visits, vouchers, redemptions, ANALYZE)",
                String.format("%.0f s", (System.nanoTime() - loading) / 1e9));
        results.put("scale: rows after loading", single("SELECT (SELECT count(*) FROM children) || ' children, ' "
                + "|| (SELECT count(*) FROM vouchers) || ' vouchers, ' || (SELECT count(*) FROM voucher_redemptions) "
                + "|| ' redemptions, ' || (SELECT count(*) FROM home_visits) || ' home visits'"));
        Path families = families("scale-families.csv", "n >= " + SCALE_FIRST + " AND n % 211 = 0 AND child_id IN "
                + "(SELECT id FROM children WHERE birth_date BETWEEN current_date - interval '34 months' "
                + "AND current_date - interval '14 months')");
        Scaled large = new Scaled(sustainedClaims("at scale: ", sustained, families), redemptions("at scale: ", staff,
                "SELECT v.manual_code FROM vouchers v JOIN voucher_batches b ON b.id = v.batch_id WHERE b.created_by "
                        + "= 'bench-loader' AND v.state = 'CLAIMED' AND v.serial % 97 = 0 LIMIT " + REDEMPTIONS),
                staffReads("at scale: ", "roster, first page", "/api/staff/visits", health),
                staffReads("at scale: ", "due list, first page", "/api/staff/visits/due", health));
        compare("claim (sustained)", small.claims, large.claims);
        compare("redemption", small.redemptions, large.redemptions);
        compare("roster, first page", small.roster, large.roster);
        compare("due list, first page", small.due, large.due);
    }

    private void compare(String request, Stats small, Stats large) {
        double before = Double.parseDouble(small.get("percentiles4"));
        double after = Double.parseDouble(large.get("percentiles4"));
        double ratio = after / Math.max(before, 1);
        scaleRows.add(String.format("| %s | %.0f | %.0f | %.2f | %s |", request, before, after, ratio,
                ratio <= 1.5 ? "yes" : "NO"));
    }

    private Stats sustainedClaims(String prefix, String batch, Path families) throws IOException {
        return gatling(prefix + "sustained claims: " + CLIENTS + " clients back to back for 30 s",
                Simulations.SustainedClaims.class, Map.of("bench.batch", batch, "bench.feeder", families.toString(),
                        "bench.users", String.valueOf(CLIENTS), "bench.seconds", "30"));
    }

    private Stats redemptions(String prefix, String staff, String codesSql) throws Exception {
        List<String> codes = strings(codesSql);
        Path feeder = feeder(prefix.isEmpty() ? "redemptions.csv" : "scale-redemptions.csv", "token,manualCode,key",
                n -> staff + "," + codes.get(n - 1) + "," + UUID.randomUUID(), codes.size());
        return gatling(prefix + "sustained redemption: 100 a second for 30 s", Simulations.SustainedRedemptions.class,
                Map.of("bench.feeder", feeder.toString(), "bench.rate", "100", "bench.seconds", "30"));
    }

    private Stats staffReads(String prefix, String title, String path, String token) throws IOException {
        return gatling(prefix + title + " (health staff): " + STAFF_READS + " a second for 30 s",
                Simulations.StaffReads.class, Map.of("bench.path", path, "bench.token", token, "bench.rate",
                        String.valueOf(STAFF_READS), "bench.seconds", "30"));
    }

    /** A parent class in the district for infants (0–12 months) in ten days, published by health staff. */
    private String publishedClass(int seats) {
        OffsetDateTime start = OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(10).withNano(0);
        Api.Reply created = api.post("/api/staff/classes", TestTokens.health(BenchData.DISTRICT),
                Json.createObjectBuilder().add("topic", "压测家长课堂").add("venue", "海门区压测社区卫生服务中心")
                        .add("startsAt", start.toString()).add("endsAt", start.plusHours(2).toString())
                        .add("capacity", seats).add("ageFromMonths", 0).add("ageToMonths", 12).build().toString());
        if (created.status() != 201) {
            throw new IllegalStateException("publishing the class failed: " + created);
        }
        return created.json().getString("id");
    }

    private void start() throws Exception {
        int dbPort = LocalStack.freePort();
        postgres = Postgres.start(dir.resolve("postgres"), dbPort, true);
        int port = LocalStack.freePort();
        url = "http://127.0.0.1:" + port;
        // -Dbench.jvmOptions="..." adds options to the app's JVM, e.g. a flight recording to profile a run
        List<String> jvmOptions = System.getProperty("bench.jvmOptions", "").isBlank()
                ? List.of()
                : List.of(System.getProperty("bench.jvmOptions").trim().split("\\s+"));
        app = AppProcess.payaraMicro(Path.of(System.getProperty("payara.microJar")),
                Path.of(System.getProperty("app.war")), port, IntegrationEnvironment.appProcess(dbPort, dir), dir,
                jvmOptions);
        app.awaitOk(url + "/health/ready", java.time.Duration.ofMinutes(4));
        api = new Api(URI.create(url + "/").toURL());
    }

    private void stop() {
        if (app != null) {
            app.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    /** A resident token valid for the whole run (an hour), signed by the run's key. */
    private static String token(String subject) {
        return token(subject, "resident", Map.of());
    }

    private static String token(String subject, String group, Map<String, String> attributes) {
        return TestTokens.sign(TestTokens.claims(subject, List.of(group), attributes)
                .expirationTime(java.util.Date.from(Instant.now().plusSeconds(3600))).build());
    }

    /** A feeder (token, childId) of at most {@value #FAMILIES} families of {@code bench_children} by condition. */
    private Path families(String name, String where) throws Exception {
        List<String> families = strings("SELECT subject || ',' || child_id FROM bench_children WHERE " + where
                + " ORDER BY n LIMIT " + FAMILIES);
        return feeder(name, "token,childId", n -> {
            String[] family = families.get(n - 1).split(",");
            return token(family[0]) + "," + family[1];
        }, families.size());
    }

    private Path feeder(String name, String header, java.util.function.IntFunction<String> row, int n)
            throws IOException {
        StringBuilder csv = new StringBuilder(header).append('\n');
        for (int i = 1; i <= n; i++) {
            csv.append(row.apply(i)).append('\n');
        }
        Path file = dir.resolve(name);
        Files.writeString(file, csv);
        return file;
    }

    /** Runs one Gatling simulation and returns its overall statistics (Gatling's stats.json). */
    private Stats gatling(String title, Class<?> simulation, Map<String, String> properties) throws IOException {
        System.setProperty("bench.url", url);
        properties.forEach(System::setProperty);
        Path results = dir.resolve("gatling");
        Files.createDirectories(results);
        List<Path> before = runs(results);
        int status = Gatling$.MODULE$.fromArgs(new String[] {"-s", simulation.getName(), "-rf", results.toString()});
        Path run = runs(results).stream().filter(p -> !before.contains(p)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Gatling wrote no results for " + title));
        Stats stats = Stats.read(Files.readString(run.resolve("js/stats.js")));
        rows.add(String.format("| %s | %s | %s | %s | %s | %s | %s | %s |%s", title, stats.get("numberOfRequests"),
                stats.get("numberOfRequests", "ko"), stats.get("meanNumberOfRequestsPerSecond"),
                stats.get("percentiles1"), stats.get("percentiles3"), stats.get("percentiles4"),
                stats.get("maxResponseTime"), status == 0 ? "" : " (Gatling status " + status + ")"));
        return stats;
    }

    /** The overall ("All Requests") figures of a Gatling run, read from its report's js/stats.js. */
    record Stats(String text) {

        static Stats read(String statsJs) {
            return new Stats(statsJs);
        }

        String get(String key) {
            return get(key, "total");
        }

        String get(String key, String column) {
            Matcher m = Pattern.compile("\"" + key + "\": \\{[^}]*?\"" + column + "\": \"([^\"]*)\"").matcher(text);
            if (!m.find()) {
                throw new IllegalStateException("no " + key + "." + column + " in Gatling's stats");
            }
            return m.group(1);
        }

        double perSecond() {
            return Double.parseDouble(get("meanNumberOfRequestsPerSecond"));
        }
    }

    private static List<Path> runs(Path results) throws IOException {
        try (Stream<Path> list = Files.list(results)) {
            return list.filter(Files::isDirectory).sorted().toList();
        }
    }

    /** pgbench with {@value #CLIENTS} clients for 30 s on the script; returns transactions per second. */
    private double pgbench(String script, Map<String, String> variables) throws Exception {
        Path file = dir.resolve(script);
        try (var in = Benchmark.class.getResourceAsStream("/pgbench/" + script)) {
            Files.write(file, in.readAllBytes());
        }
        List<String> command = new ArrayList<>(List.of("pgbench", "-h", "127.0.0.1", "-p",
                String.valueOf(postgres.port()), "-U", "postgres", "-n", "-M", "extended", "-c",
                String.valueOf(CLIENTS), "-j", "2", "-T", "30", "-f", file.toString()));
        variables.forEach((k, v) -> command.addAll(List.of("-D", k + "=" + v)));
        command.add("postgres");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        Files.writeString(dir.resolve(script + ".out"), output);
        Matcher tps = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)").matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("pgbench failed:\n" + output);
        }
        Matcher failed = Pattern.compile("number of failed transactions: (\\d+)").matcher(output);
        if (failed.find() && !"0".equals(failed.group(1))) {
            throw new IllegalStateException("pgbench transactions failed:\n" + output);
        }
        return Double.parseDouble(tps.group(1));
    }

    private void invariants(String surgedClass) throws SQLException {
        check("never more live bookings than seats, for every class", "SELECT count(*) FROM parent_classes p WHERE "
                + "p.seats_taken > p.capacity OR (SELECT count(*) FROM class_bookings b WHERE b.class_id = p.id "
                + "AND b.state <> 'CANCELLED') > p.capacity");
        check("the booking surge made exactly " + SEATS + " bookings, seats taken " + SEATS, "SELECT abs(count(*) - "
                + SEATS + ") + abs(max(p.seats_taken) - " + SEATS + ") FROM class_bookings b JOIN parent_classes p "
                + "ON p.id = b.class_id WHERE b.class_id = '" + surgedClass + "'");
        check("issued equals the vouchers of each batch, never above its quantity", "SELECT count(*) FROM "
                + "voucher_batches b WHERE b.issued <> (SELECT count(*) FROM vouchers v WHERE v.batch_id = b.id) "
                + "OR b.issued > b.quantity");
        check("no child above a batch's per-child limit", "SELECT count(*) FROM (SELECT batch_id, child_id, "
                + "max(per_child_limit) AS lim, count(*) AS n FROM vouchers GROUP BY batch_id, child_id) x WHERE n > lim");
        check("one live redemption per voucher", "SELECT count(*) FROM (SELECT voucher_id FROM voucher_redemptions "
                + "WHERE voided_at IS NULL GROUP BY voucher_id HAVING count(*) > 1) x");
        check("a voucher is redeemed exactly when it has a live redemption", "SELECT count(*) FROM vouchers v WHERE "
                + "(v.state = 'REDEEMED') <> EXISTS (SELECT 1 FROM voucher_redemptions r WHERE r.voucher_id = v.id "
                + "AND r.voided_at IS NULL)");
    }

    private void check(String invariant, String violationsSql) throws SQLException {
        String violations = single(violationsSql);
        results.put("invariant: " + invariant, "0".equals(violations) ? "holds" : "BROKEN (" + violations + ")");
    }

    private Thread rssSampler() {
        Thread thread = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    long rss = 0;
                    for (long pid : pids()) {
                        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                            if (line.startsWith("VmRSS:")) {
                                rss += Long.parseLong(line.replaceAll("\\D", ""));
                            }
                        }
                    }
                    maxRss.accumulateAndGet(rss, Math::max);
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                } catch (IOException | RuntimeException e) {
                    // the process may be between states; sample again
                }
            }
        }, "rss-sampler");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private List<Long> pids() {
        return List.of(app.pid());
    }

    private void report() throws IOException {
        String machine = String.format("%d cores, %d GiB memory, %s, Java %s, PostgreSQL (embedded) %s",
                Runtime.getRuntime().availableProcessors(), Math.round(totalMemoryGiB()), System.getProperty("os.name")
                        + " " + System.getProperty("os.arch"),
                System.getProperty("java.version"), pgVersion());
        StringBuilder md = new StringBuilder();
        md.append("\n## Run of ").append(LocalDate.now(ZoneId.of("Asia/Shanghai"))).append("\n\n")
                .append("Machine: ").append(machine).append(". App, PostgreSQL, Gatling and pgbench share it.\n")
                .append("Command: `mvn -Pbench verify`. Tokens: signed by a benchmark-only key the app trusts for the "
                        + "run (real MP-JWT verification on every request, no Keycloak round trip).\n\n")
                .append("| scenario | requests | failed | per second | p50 ms | p95 ms | p99 ms | max ms |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        rows.forEach(r -> md.append(r).append('\n'));
        if (!scaleRows.isEmpty()) {
            md.append("\nAt scale (a million children and two million vouchers loaded by SQL), the same scenarios:\n\n")
                    .append("| request | small database p99 ms | large database p99 ms | ratio | within 1.5× |\n")
                    .append("|---|---|---|---|---|\n");
            scaleRows.forEach(r -> md.append(r).append('\n'));
        }
        md.append("\n| figure | value |\n|---|---|\n");
        results.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        Path report = Path.of(System.getProperty("bench.report", "docs/benchmarks.md"));
        Files.createDirectories(report.getParent());
        if (!Files.exists(report)) {
            Files.writeString(report, "# Benchmarks\n\nHow to run, and what each scenario does: see "
                    + "`bench/src/test/java/cn/tuoyu/bench/`. Newest run last.\n");
        }
        Files.writeString(report, md, java.nio.file.StandardOpenOption.APPEND);
        System.out.println(md);
    }

    private static double totalMemoryGiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0;
                }
            }
        } catch (IOException ignored) {
            // unknown
        }
        return 0;
    }

    private String pgVersion() {
        try {
            return single("SHOW server_version");
        } catch (SQLException e) {
            return "?";
        }
    }

    private static String fmt(double value) {
        return String.format("%.1f", value);
    }

    private String single(String sql) throws SQLException {
        try (Connection c = postgres.connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    private List<String> strings(String sql) throws SQLException {
        try (Connection c = postgres.connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (r.next()) {
                values.add(r.getString(1));
            }
            return values;
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = postgres.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

}
