package cn.tuoyu.acceptance;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.tuoyu.stack.LocalStack;

/**
 * The stack as the run command starts it, supervised: a process killed with SIGKILL is started again by itself, on
 * the same ports and data, and the stack is ready again within 30 s.
 */
@ExtendWith(FullStack.class)
class SupervisionAT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration BOUND = Duration.ofSeconds(30);

    private final LocalStack stack = FullStack.stack();

    @Test
    void aKilledAppIsStartedAgainAndReadyWithin30Seconds() throws Exception {
        long killed = stack.app().pid();
        stack.app().kill();
        Duration took = awaitOk(stack.appUrl() + "/api/classes", BOUND, stack.app().log());
        assertNotEquals(killed, stack.app().pid(), "a new app process serves");
        System.out.printf("app killed with SIGKILL: serving again after %d ms%n", took.toMillis());
    }

    @Test
    void aKilledPostgresIsStartedAgainAndTheAppIsReadyWithin30Seconds() throws Exception {
        long killed = stack.postgres().postmasterPid().orElseThrow();
        Instant crashed = Instant.now();
        stack.postgres().crash();
        // a backend of the killed postmaster may still answer for a moment: wait for the new one first
        while (stack.postgres().postmasterPid().filter(pid -> pid != killed).isEmpty()) {
            assertTrue(Instant.now().isBefore(crashed.plus(BOUND)), "no new postmaster within " + BOUND);
            Thread.sleep(100);
        }
        awaitOk(stack.appUrl() + "/health/ready", BOUND.minus(Duration.between(crashed, Instant.now())),
                stack.app().log());
        awaitOk(stack.appUrl() + "/api/classes", Duration.ofSeconds(5), stack.app().log());
        Duration took = Duration.between(crashed, Instant.now());
        assertTrue(took.compareTo(BOUND) <= 0, "ready again after " + took);
        System.out.printf("PostgreSQL killed with SIGKILL: app ready again after %d ms%n", took.toMillis());
    }

    @Test
    void aKilledKeycloakIsStartedAgainAndServesItsRealm() throws Exception {
        long killed = stack.keycloak().pid();
        stack.keycloak().kill();
        Duration took = awaitOk(stack.keycloakUrl() + "/realms/childcare/.well-known/openid-configuration", BOUND,
                stack.keycloak().log());
        assertNotEquals(killed, stack.keycloak().pid(), "a new Keycloak process serves");
        System.out.printf("Keycloak killed with SIGKILL: serving its realm again after %d ms%n", took.toMillis());
    }

    @Test
    void aKilledMailServerIsStartedAgainAndTakesMail() throws Exception {
        long killed = stack.mail().process().pid();
        stack.mail().process().kill();
        Duration took = awaitOk(stack.mail().webUrl() + "/api/service/readiness", BOUND, stack.mail().process().log());
        assertNotEquals(killed, stack.mail().process().pid(), "a new mail server serves");
        System.out.printf("mail server killed with SIGKILL: serving again after %d ms%n", took.toMillis());
    }

    @Test
    void aKilledSmsStandInIsStartedAgain() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(stack.sms() != null, "the SMS stand-in is not built yet");
        long killed = stack.sms().pid();
        stack.sms().kill();
        Duration took = awaitOk(stack.smsUrl() + "/messages", BOUND, stack.sms().log());
        assertNotEquals(killed, stack.sms().pid(), "a new SMS stand-in serves");
        System.out.printf("SMS stand-in killed with SIGKILL: serving again after %d ms%n", took.toMillis());
    }

    /**
     * Waits for 200 from the URL; how long it took, failing when it takes longer than the bound with the end of the
     * restarted process's log (so that a slow restart says where its time went).
     */
    private static Duration awaitOk(String url, Duration bound, Path log) throws Exception {
        Instant start = Instant.now();
        Instant deadline = start.plus(bound);
        int last = -1;
        while (Instant.now().isBefore(deadline)) {
            try {
                last = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (last == 200) {
                    return Duration.between(start, Instant.now());
                }
            } catch (java.io.IOException notYet) {
                last = -1;
            }
            Thread.sleep(250);
        }
        List<String> lines = Files.readAllLines(log);
        assertTrue(false, url + " not 200 within " + bound + " (last " + last + "); the end of " + log + ":\n"
                + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
        return bound;
    }
}
