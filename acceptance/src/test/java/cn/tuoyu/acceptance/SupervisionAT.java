package cn.tuoyu.acceptance;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

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
        Duration took = awaitOk(stack.appUrl() + "/api/classes", BOUND);
        assertNotEquals(killed, stack.app().pid(), "a new app process serves");
        System.out.printf("app killed with SIGKILL: serving again after %d ms%n", took.toMillis());
    }

    @Test
    void aKilledPostgresIsStartedAgainAndTheAppIsReadyWithin30Seconds() throws Exception {
        long killed = stack.postgres().postmasterPid().orElseThrow();
        stack.postgres().crash();
        Duration took = awaitOk(stack.appUrl() + "/health/ready", BOUND);
        awaitOk(stack.appUrl() + "/api/classes", Duration.ofSeconds(5));
        assertNotEquals(killed, stack.postgres().postmasterPid().orElseThrow(), "a new postmaster runs");
        System.out.printf("PostgreSQL killed with SIGKILL: app ready again after %d ms%n", took.toMillis());
    }

    @Test
    void aKilledKeycloakIsStartedAgainAndServesItsRealm() throws Exception {
        long killed = stack.keycloak().pid();
        stack.keycloak().kill();
        Duration took = awaitOk(stack.keycloakUrl() + "/realms/childcare/.well-known/openid-configuration", BOUND);
        assertNotEquals(killed, stack.keycloak().pid(), "a new Keycloak process serves");
        System.out.printf("Keycloak killed with SIGKILL: serving its realm again after %d ms%n", took.toMillis());
    }

    /** Waits for 200 from the URL; how long it took, failing when it takes longer than the bound. */
    private static Duration awaitOk(String url, Duration bound) throws Exception {
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
        assertTrue(false, url + " not 200 within " + bound + " (last " + last + ")");
        return bound;
    }
}
