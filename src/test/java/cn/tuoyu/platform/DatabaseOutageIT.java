package cn.tuoyu.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.tuoyu.stack.AppProcess;
import cn.tuoyu.stack.LocalStack;
import cn.tuoyu.stack.Postgres;
import cn.tuoyu.testing.Concurrently;
import cn.tuoyu.testing.IntegrationEnvironment;
import cn.tuoyu.testing.TestTokens;

/**
 * The app and a PostgreSQL of their own: while the database is down the app says so (readiness DOWN, 503 problems
 * with Retry-After, never a 500) and it recovers by itself when the database is back.
 */
class DatabaseOutageIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static Path dir;
    private static int dbPort;
    private static Postgres postgres;
    private static AppProcess app;
    private static String appUrl;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createDirectories(Path.of(System.getProperty("build.directory", "target"), "outage-it"));
        dbPort = LocalStack.freePort();
        postgres = startDatabase(true);
        int appPort = LocalStack.freePort();
        appUrl = "http://127.0.0.1:" + appPort;
        app = AppProcess.payaraMicro(Path.of(System.getProperty("payara.microJar")),
                Path.of(System.getProperty("app.war")), appPort, IntegrationEnvironment.appProcess(dbPort, dir), dir);
        app.awaitOk(appUrl + "/health/ready", Duration.ofMinutes(4));
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void readinessFollowsTheDatabaseAndRecoversByItself() throws Exception {
        assertEquals(200, get("/health/ready").statusCode());

        postgres.close();
        HttpResponse<String> down = awaitResponse("/health/ready", r -> r.statusCode() == 503, Duration.ofSeconds(30));
        assertTrue(down.body().contains("\"DOWN\""), down::body);
        assertEquals(200, get("/health/live").statusCode(), "liveness does not depend on the database");
        HttpResponse<String> api = awaitResponse("/api/districts", r -> r.statusCode() == 503, Duration.ofSeconds(30),
                TestTokens.resident());
        assertTrue(api.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("5", api.headers().firstValue("Retry-After").orElse(""), "says when to try again");
        assertTrue(api.body().contains("urn:tuoyu:problem:unavailable"), api::body);

        postgres.restart();
        Instant back = Instant.now();
        awaitResponse("/health/ready", r -> r.statusCode() == 200, Duration.ofSeconds(15));
        awaitResponse("/api/districts", r -> r.statusCode() == 200, Duration.ofSeconds(15), TestTokens.resident());
        assertTrue(Duration.between(back, Instant.now()).toSeconds() <= 15, "recovered within 15 s");
    }

    /**
     * The pool holds many connections the restarted database has closed; nobody calls while it is away. Without
     * validation the pool kept handing out the dead ones (only the app's timers weeded out one at a time) and
     * readiness stayed DOWN for minutes.
     */
    @Test
    void aCleanRestartWithNoTrafficInBetweenIsReadyWithin15Seconds() throws Exception {
        awaitResponse("/health/ready", r -> r.statusCode() == 200, Duration.ofSeconds(30));
        List<Callable<Integer>> reads = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            reads.add(() -> get("/api/districts", TestTokens.resident()).statusCode());
        }
        assertEquals(Map.of(200, 120), Concurrently.statuses(reads, 30), "the pool grew and holds live connections");

        postgres.close();
        Thread.sleep(3000);
        postgres.restart();
        Instant back = Instant.now();

        awaitResponse("/health/ready", r -> r.statusCode() == 200, Duration.ofSeconds(15));
        HttpResponse<String> read = get("/api/districts", TestTokens.resident());
        assertEquals(200, read.statusCode(), read::body);
        assertTrue(Duration.between(back, Instant.now()).toSeconds() <= 15, "ready within 15 s");
    }

    /**
     * A commit the database fails with a connection-level error (as when PostgreSQL dies mid-commit): a 503 problem
     * with Retry-After. Jersey's own mapper for commit failures rethrew, and the container answered a bare 500.
     */
    @Test
    void aCommitTheDatabaseFailsIsA503ProblemNotABare500() throws Exception {
        awaitResponse("/health/ready", r -> r.statusCode() == 200, Duration.ofSeconds(30));
        try (Connection c = postgres.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE FUNCTION fail_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    + "RAISE EXCEPTION 'connection lost at commit' USING ERRCODE = '57P01'; END $$");
            s.execute("CREATE CONSTRAINT TRIGGER fail_at_commit AFTER INSERT ON children_data_consents "
                    + "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION fail_at_commit()");
        }
        try {
            HttpRequest consent = HttpRequest.newBuilder(URI.create(appUrl + "/api/consents/children-data"))
                    .header("Authorization", "Bearer " + TestTokens.resident())
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"noticeVersion\":\"2026-11-v1\"}")).build();
            HttpResponse<String> answer = HTTP.send(consent, HttpResponse.BodyHandlers.ofString());
            assertEquals(503, answer.statusCode(), answer::body);
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertEquals("5", answer.headers().firstValue("Retry-After").orElse(""));
        } finally {
            try (Connection c = postgres.connect(); Statement s = c.createStatement()) {
                s.execute("DROP TRIGGER fail_at_commit ON children_data_consents");
                s.execute("DROP FUNCTION fail_at_commit()");
            }
        }
    }

    /** The same data directory and port each time, so a restart finds the data it had. */
    private static Postgres startDatabase(boolean fresh) throws Exception {
        return Postgres.start(dir.resolve("postgres"), dbPort, fresh);
    }

    private static HttpResponse<String> awaitResponse(String path, Predicate<HttpResponse<String>> condition,
            Duration timeout) throws Exception {
        return awaitResponse(path, condition, timeout, null);
    }

    private static HttpResponse<String> awaitResponse(String path, Predicate<HttpResponse<String>> condition,
            Duration timeout, String token) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        HttpResponse<String> last = null;
        while (Instant.now().isBefore(deadline)) {
            last = get(path, token);
            if (condition.test(last)) {
                return last;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no matching answer from " + path + " within " + timeout + "; last: "
                + (last == null ? "none" : last.statusCode() + " " + last.body()));
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return get(path, null);
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(appUrl + path)).timeout(Duration.ofSeconds(20));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
