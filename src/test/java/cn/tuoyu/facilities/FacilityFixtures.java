package cn.tuoyu.facilities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import cn.tuoyu.facilities.boundary.ApplicationRequest;
import cn.tuoyu.facilities.boundary.DecisionRequest;
import cn.tuoyu.facilities.boundary.StandingRequest;
import cn.tuoyu.facilities.entity.CreditCode;
import cn.tuoyu.testing.Api;
import cn.tuoyu.testing.Bodies;
import cn.tuoyu.testing.TestTokens;

/**
 * Facilities made through the real API, for the facility tests and other features' tests: recorded, with a filing
 * submitted, filed, suspended. Request bodies are the boundary's {@code *Request} records serialized with JSON-B.
 */
public final class FacilityFixtures {

    public static final List<String> FILING_MATERIALS = List.of("business-licence", "premises-proof",
            "staff-certificates", "hygiene-evaluation", "fire-safety");
    public static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    public static final String FILING = Bodies.json(new ApplicationRequest("FILING", null));
    private static final SecureRandom RANDOM = new SecureRandom();

    private FacilityFixtures() {
    }

    /** A facility of the district, filed by the district's health staff; returns its id. */
    public static String filed(Api api, String district, String... serviceTypes) {
        String id = UUID.randomUUID().toString();
        String staff = TestTokens.facility(id);
        var types = Json.createArrayBuilder();
        for (String type : serviceTypes.length == 0 ? new String[] {"HOURLY", "FULL_DAY"} : serviceTypes) {
            types.add(type);
        }
        String record = Json.createObjectBuilder()
                .add("name", "测试托育-" + id.substring(0, 8)).add("creditCode", creditCode(district))
                .add("address", "测试路 1 号").add("districtCode", district).add("registrationType", "FOR_PROFIT")
                .add("serviceTypes", types)
                .add("places", Json.createObjectBuilder().add("infant", 5).add("toddler", 10).add("older", 20)
                        .add("mixed", 0))
                .add("affordable", true).add("demonstration", false).add("openingHours", "8:00-17:00")
                .add("contactPhone", "0513-1234567").add("servesMeals", false).build().toString();
        assertOk(api.put("/api/facilities/" + id, staff, record), 201);
        Api.Reply opened = api.post("/api/facilities/" + id + "/applications", staff, FILING);
        assertOk(opened, 201);
        String base = "/api/facilities/" + id + "/applications/" + opened.json().getString("id");
        for (String kind : FILING_MATERIALS) {
            assertOk(api.send("PUT", base + "/materials/" + kind, staff, "application/pdf", PDF, Map.of()), 200);
        }
        assertOk(api.post(base + "/submission", staff, "{}"), 200);
        assertOk(api.post(base + "/decision", TestTokens.health(district), approve("IT-" + UUID.randomUUID())), 200);
        return id;
    }

    /** The district's health staff suspend the facility, with a reason. */
    public static void suspend(Api api, String district, String facilityId) {
        assertOk(api.post("/api/facilities/" + facilityId + "/standing-decisions", TestTokens.health(district),
                standing("SUSPEND", "测试：暂停")), 200);
    }

    // ---- the facility tests' own states ------------------------------------------------------------------------

    /** A facility's record as its staff keep it: full day and 计时托, 45 places, no meals. */
    public static JsonObjectBuilder record(String name, String district, String creditCode) {
        return Json.createObjectBuilder()
                .add("name", name)
                .add("creditCode", creditCode)
                .add("address", "测试路 1 号")
                .add("districtCode", district)
                .add("registrationType", "FOR_PROFIT")
                .add("serviceTypes", Json.createArrayBuilder().add("FULL_DAY").add("计时托"))
                .add("places", places(5, 10, 20, 10))
                .add("affordable", false)
                .add("demonstration", false)
                .add("openingHours", "8:00-17:00")
                .add("contactPhone", "0513-1234567")
                .add("servesMeals", false);
    }

    public static JsonObject places(int infant, int toddler, int older, int mixed) {
        return Json.createObjectBuilder().add("infant", infant).add("toddler", toddler).add("older", older)
                .add("mixed", mixed).build();
    }

    /** A facility of the district its staff recorded (not filed); returns its id. */
    public static String recorded(Api api, String district) {
        return recorded(api, district, b -> b);
    }

    /** As {@link #recorded(Api, String)}, with the record adjusted first (e.g. another name). */
    public static String recorded(Api api, String district, UnaryOperator<JsonObjectBuilder> adjust) {
        String id = UUID.randomUUID().toString();
        Api.Reply reply = api.put("/api/facilities/" + id, TestTokens.facility(id),
                adjust.apply(record("测试托育-" + id.substring(0, 8), district, creditCode(district))).build()
                        .toString());
        assertOk(reply, 201);
        return id;
    }

    /** The facility's staff opened a filing, uploaded every material and submitted it; returns the application id. */
    public static String submittedFiling(Api api, String facilityId) {
        String staff = TestTokens.facility(facilityId);
        Api.Reply opened = api.post("/api/facilities/" + facilityId + "/applications", staff, FILING);
        assertOk(opened, 201);
        String applicationId = opened.json().getString("id");
        String base = "/api/facilities/" + facilityId + "/applications/" + applicationId;
        for (String kind : FILING_MATERIALS) {
            assertOk(upload(api, staff, base, kind, "application/pdf", PDF), 200);
        }
        assertOk(api.post(base + "/submission", staff, "{}"), 200);
        return applicationId;
    }

    /** A recorded facility (record adjusted) whose filing the district approved; returns its id. */
    public static String filedWith(Api api, String district, UnaryOperator<JsonObjectBuilder> adjust) {
        String id = recorded(api, district, adjust);
        String applicationId = submittedFiling(api, id);
        assertOk(api.post("/api/facilities/" + id + "/applications/" + applicationId + "/decision",
                TestTokens.health(district), approve("IT-" + UUID.randomUUID())), 200);
        return id;
    }

    public static Api.Reply upload(Api api, String token, String applicationPath, String kind, String contentType,
            byte[] body) {
        return api.send("PUT", applicationPath + "/materials/" + kind, token, contentType, body, Map.of());
    }

    /** The public standing of the facility (no login). */
    public static JsonObject standingOf(Api api, String facilityId) {
        Api.Reply reply = api.get("/api/facilities/" + facilityId + "/standing", null);
        assertOk(reply, 200);
        return reply.json();
    }

    // ---- request bodies ----------------------------------------------------------------------------------------

    /** Approve a filing with this number, the hygiene evaluation read as 合格. */
    public static String approve(String filingNumber) {
        return decision("APPROVE", filingNumber, null, null, "QUALIFIED");
    }

    public static String refuse(String reasons) {
        return decision("REFUSE", null, null, reasons, null);
    }

    public static String decision(String outcome, String filingNumber, LocalDate filedOn, String reasons,
            String hygieneEvaluation) {
        return Bodies.json(new DecisionRequest(outcome, filingNumber, filedOn, reasons, hygieneEvaluation));
    }

    public static String standing(String action, String reasons) {
        return Bodies.json(new StandingRequest(action, reasons));
    }

    public static String application(String kind, JsonObject change) {
        return change == null
                ? Bodies.json(new ApplicationRequest(kind, null))
                : Json.createObjectBuilder().add("kind", kind).add("change", change).build().toString();
    }

    public static String creditCode(String district) {
        StringBuilder first17 = new StringBuilder("91").append(district);
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        for (int i = 0; i < 9; i++) {
            first17.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return first17 + String.valueOf(CreditCode.checkCharacter(first17.toString()));
    }

    /** A request with {@code Expect: 100-continue} over HTTP/1.1, on a client of its own. */
    public static Api.Reply sendExpectingContinue(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = java.net.http.HttpClient.newBuilder()
                    .version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                    .send(builder.expectContinue(true).build(), HttpResponse.BodyHandlers.ofString());
            return new Api.Reply(response.statusCode(), response.headers().map(), response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A download as bytes, any content type accepted. */
    public static HttpResponse<byte[]> downloadBytes(Api api, String path, String token) {
        try {
            HttpRequest request = api.request(path, token).header("Accept", "*/*").GET().build();
            return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertOk(Api.Reply reply, int status) {
        assertEquals(status, reply.status(), reply::toString);
    }
}
