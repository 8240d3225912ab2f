package cn.tuoyu.facilities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.Json;

import cn.tuoyu.facilities.entity.CreditCode;
import cn.tuoyu.testing.Api;
import cn.tuoyu.testing.TestTokens;

/** Facilities for other features' integration tests, made through the real API: recorded, filed, suspended. */
public final class FacilityFixtures {

    private static final List<String> MATERIALS = List.of("business-licence", "premises-proof", "staff-certificates",
            "hygiene-evaluation", "fire-safety");
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
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
        Api.Reply opened = api.post("/api/facilities/" + id + "/applications", staff, "{\"kind\":\"FILING\"}");
        assertOk(opened, 201);
        String base = "/api/facilities/" + id + "/applications/" + opened.json().getString("id");
        for (String kind : MATERIALS) {
            assertOk(api.send("PUT", base + "/materials/" + kind, staff, "application/pdf", PDF, Map.of()), 200);
        }
        assertOk(api.post(base + "/submission", staff, "{}"), 200);
        assertOk(api.post(base + "/decision", TestTokens.health(district), Json.createObjectBuilder()
                .add("outcome", "APPROVE").add("filingNumber", "IT-" + UUID.randomUUID())
                .add("hygieneEvaluation", "QUALIFIED").build().toString()), 200);
        return id;
    }

    /** The district's health staff suspend the facility, with a reason. */
    public static void suspend(Api api, String district, String facilityId) {
        assertOk(api.post("/api/facilities/" + facilityId + "/standing-decisions", TestTokens.health(district),
                "{\"action\":\"SUSPEND\",\"reasons\":\"测试：暂停\"}"), 200);
    }

    public static String creditCode(String district) {
        StringBuilder first17 = new StringBuilder("91").append(district);
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        for (int i = 0; i < 9; i++) {
            first17.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return first17 + String.valueOf(CreditCode.checkCharacter(first17.toString()));
    }

    private static void assertOk(Api.Reply reply, int status) {
        assertEquals(status, reply.status(), reply::toString);
    }
}
