package cn.tuoyu.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import cn.tuoyu.stack.AppProcess;
import cn.tuoyu.stack.LocalStack;
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
    private static EmbeddedPostgres postgres;
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
        postgres = null;
        HttpResponse<String> down = awaitResponse("/health/ready", r -> r.statusCode() == 503, Duration.ofSeconds(30));
        assertTrue(down.body().contains("\"DOWN\""), down::body);
        assertEquals(200, get("/health/live").statusCode(), "liveness does not depend on the database");
        HttpResponse<String> api = awaitResponse("/api/districts", r -> r.statusCode() == 503, Duration.ofSeconds(30),
                TestTokens.resident());
        assertTrue(api.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("5", api.headers().firstValue("Retry-After").orElse(""), "says when to try again");
        assertTrue(api.body().contains("urn:tuoyu:problem:unavailable"), api::body);

        postgres = startDatabase(false);
        Instant back = Instant.now();
        awaitResponse("/health/ready", r -> r.statusCode() == 200, Duration.ofSeconds(30));
        awaitResponse("/api/districts", r -> r.statusCode() == 200, Duration.ofSeconds(30), TestTokens.resident());
        assertTrue(Duration.between(back, Instant.now()).toSeconds() <= 30, "recovered within 30 s");
    }

    /** The same data directory and port each time, so a restart finds the data it had. */
    private static EmbeddedPostgres startDatabase(boolean fresh) throws Exception {
        return LocalStack.embeddedPostgres(dir.resolve("postgres"), dbPort, fresh);
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
