package cn.tuoyu.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The Gatling scenarios. Each reads its target and feeder file from system properties set by {@link Benchmark}:
 * {@code bench.url}, {@code bench.batch}, {@code bench.class}, {@code bench.feeder} (CSV with a header),
 * {@code bench.users}, {@code bench.rate}, {@code bench.seconds}, {@code bench.path}, {@code bench.token}.
 */
public final class Simulations {

    private Simulations() {
    }

    static HttpProtocolBuilder protocol() {
        return http.baseUrl(System.getProperty("bench.url")).acceptHeader("application/json")
                .contentTypeHeader("application/json").shareConnections();
    }

    static int integer(String name) {
        return Integer.parseInt(System.getProperty(name));
    }

    static String claimBody() {
        return "{\"batchId\":\"" + System.getProperty("bench.batch") + "\",\"childId\":\"#{childId}\"}";
    }

    /** Every claimant at once on a freshly opened batch: 201 (claimed) or 409 (sold out). */
    public static class ClaimSurge extends Simulation {

        {
            ScenarioBuilder claim = scenario("claim surge").feed(csv(System.getProperty("bench.feeder")).queue())
                    .exec(http("claim").post("/api/vouchers").header("Authorization", "Bearer #{token}")
                            .body(StringBody(claimBody())).check(status().in(201, 409)));
            setUp(claim.injectOpen(atOnceUsers(integer("bench.users")))).protocols(protocol());
        }
    }

    /** Claims back to back by a fixed number of clients on a batch that does not sell out: the most the app does. */
    public static class SustainedClaims extends Simulation {

        {
            ScenarioBuilder claim = scenario("sustained claims")
                    .feed(csv(System.getProperty("bench.feeder")).circular())
                    .exec(http("claim").post("/api/vouchers").header("Authorization", "Bearer #{token}")
                            .body(StringBody(claimBody())).check(status().is(201)));
            setUp(claim.injectClosed(constantConcurrentUsers(integer("bench.users"))
                    .during(Duration.ofSeconds(integer("bench.seconds"))))).protocols(protocol());
        }
    }

    /** Redemptions by manual code at a steady rate, each with its own Idempotency-Key. */
    public static class SustainedRedemptions extends Simulation {

        {
            ScenarioBuilder redeem = scenario("sustained redemptions")
                    .feed(csv(System.getProperty("bench.feeder")).queue())
                    .exec(http("redeem").post("/api/redemptions").header("Authorization", "Bearer #{token}")
                            .header("Idempotency-Key", "#{key}")
                            .body(StringBody("{\"manualCode\":\"#{manualCode}\",\"device\":\"bench\"}"))
                            .check(status().is(201)));
            setUp(redeem.injectOpen(constantUsersPerSec(integer("bench.rate"))
                    .during(Duration.ofSeconds(integer("bench.seconds"))))).protocols(protocol());
        }
    }

    /** What parents read most: a child's entitlements, and the public facility directory. */
    public static class ReadMix extends Simulation {

        {
            ScenarioBuilder read = scenario("read mix").feed(csv(System.getProperty("bench.feeder")).circular())
                    .exec(http("entitlements").get("/api/children/#{childId}/entitlements")
                            .header("Authorization", "Bearer #{token}").check(status().is(200)))
                    .exec(http("directory").get("/api/directory/facilities?district=320614")
                            .check(status().is(200)));
            setUp(read.injectOpen(constantUsersPerSec(integer("bench.rate"))
                    .during(Duration.ofSeconds(integer("bench.seconds"))))).protocols(protocol());
        }
    }

    /** Every parent at once books the same class for their infant: 201 (booked) or 409 (class full). */
    public static class BookingSurge extends Simulation {

        {
            ScenarioBuilder book = scenario("booking surge").feed(csv(System.getProperty("bench.feeder")).queue())
                    .exec(http("book").post("/api/classes/" + System.getProperty("bench.class") + "/bookings")
                            .header("Authorization", "Bearer #{token}")
                            .body(StringBody("{\"childId\":\"#{childId}\"}")).check(status().in(201, 409)));
            setUp(book.injectOpen(atOnceUsers(integer("bench.users")))).protocols(protocol());
        }
    }

    /** One page health staff read ({@code bench.path}, with {@code bench.token}) at a steady rate. */
    public static class StaffReads extends Simulation {

        {
            ScenarioBuilder read = scenario("staff reads")
                    .exec(http("staff read").get(System.getProperty("bench.path"))
                            .header("Authorization", "Bearer " + System.getProperty("bench.token"))
                            .check(status().is(200)));
            setUp(read.injectOpen(constantUsersPerSec(integer("bench.rate"))
                    .during(Duration.ofSeconds(integer("bench.seconds"))))).protocols(protocol());
        }
    }
}
