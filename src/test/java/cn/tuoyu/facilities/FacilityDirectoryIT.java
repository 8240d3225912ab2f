package cn.tuoyu.facilities;

import static cn.tuoyu.facilities.FacilityFixtures.filedWith;
import static cn.tuoyu.facilities.FacilityFixtures.recorded;
import static cn.tuoyu.facilities.FacilityFixtures.standingOf;
import static cn.tuoyu.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import cn.tuoyu.testing.AgainstTheApp;
import cn.tuoyu.testing.Api;
import cn.tuoyu.testing.TestDatabase;
import cn.tuoyu.testing.TestTokens;

/**
 * What the public reads about facilities over real HTTP, without login: the directory of filed facilities (filtered,
 * searched by name or address, paged), places per 1,000 residents against the seeds' targets, the demo data, and the
 * OpenAPI document.
 */
class FacilityDirectoryIT extends AgainstTheApp {

    static final String HAIMEN = "320614";
    static final String CHANHE = "410302";
    static final String XIGONG = "410303";
    static final String SHIZHONG = "370402";
    static final String POPULATION = """
            {"population": 20000}""";

    @Test
    void theDirectoryListsFiledFacilitiesByDistrictAndFlags() {
        String affordable = filedWith(api, SHIZHONG, b -> b.add("affordable", true).add("demonstration", true)
                .add("serviceTypes", Json.createArrayBuilder().add("临时托")));
        String plain = filedWith(api, SHIZHONG, b -> b.add("affordable", false).add("demonstration", false));
        String unfiled = recorded(api, SHIZHONG);

        JsonObject page = ok(api.get("/api/directory/facilities?district=" + SHIZHONG + "&size=100", null));
        List<String> ids = ids(page.getJsonArray("items"));
        assertTrue(ids.contains(affordable) && ids.contains(plain));
        assertFalse(ids.contains(unfiled));
        page.getJsonArray("items").forEach(f -> assertTrue(List.of("FILED", "SUSPENDED")
                .contains(f.asJsonObject().getString("standing"))));

        JsonArray cheap = ok(api.get("/api/directory/facilities?district=" + SHIZHONG + "&affordable=true"
                + "&demonstration=true&size=100", null)).getJsonArray("items");
        assertTrue(ids(cheap).contains(affordable));
        assertFalse(ids(cheap).contains(plain));
        cheap.forEach(f -> assertTrue(f.asJsonObject().getBoolean("affordable")));

        JsonArray occasional = ok(api.get("/api/directory/facilities?serviceType=OCCASIONAL&size=100", null))
                .getJsonArray("items");
        assertTrue(ids(occasional).contains(affordable));
        assertFalse(ids(occasional).contains(plain));
        JsonArray hourly = ok(api.get("/api/directory/facilities?serviceType=%E8%AE%A1%E6%97%B6%E6%89%98&size=100",
                null)).getJsonArray("items");
        assertTrue(ids(hourly).contains(plain), "search by the label 计时托 too");
    }

    @Test
    void theDirectoryIsPagedAndRefusesBadQueries() {
        filedWith(api, SHIZHONG, b -> b);
        filedWith(api, SHIZHONG, b -> b);

        JsonObject first = ok(api.get("/api/directory/facilities?district=" + SHIZHONG + "&size=1&page=0", null));
        assertEquals(1, first.getJsonArray("items").size());
        assertTrue(first.getInt("total") >= 2);
        JsonObject second = ok(api.get("/api/directory/facilities?district=" + SHIZHONG + "&size=1&page=1", null));
        assertFalse(ids(first.getJsonArray("items")).equals(ids(second.getJsonArray("items"))));
        JsonObject beyond = ok(api.get("/api/directory/facilities?district=" + SHIZHONG + "&size=100&page=1000",
                null));
        assertTrue(beyond.getJsonArray("items").isEmpty());

        assertProblem(api.get("/api/directory/facilities?serviceType=NIGHT", null), 400, "validation");
        assertProblem(api.get("/api/directory/facilities?size=1000", null), 400, "validation");
        assertProblem(api.get("/api/directory/facilities?district=abc", null), 400, "validation");
    }

    @Test
    void theDirectoryIsSearchedByNameOrAddress() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String byName = filedWith(api, SHIZHONG, b -> b.add("name", "搜索星光托育-" + tag));
        String byAddress = filedWith(api, SHIZHONG, b -> b.add("address", "历下区搜索路" + tag + "号"));
        String unfiled = recorded(api, SHIZHONG, b -> b.add("name", "搜索未备案托育-" + tag));

        List<String> found = ids(ok(api.get("/api/directory/facilities?size=100&q=" + tag, null))
                .getJsonArray("items"));
        assertEquals(List.of(byName, byAddress).stream().sorted().toList(), found.stream().sorted().toList(),
                "name and address, filed only");
        assertFalse(found.contains(unfiled));
        assertEquals(List.of(byName), ids(ok(api.get("/api/directory/facilities?size=100&q="
                + encode("星光托育-" + tag.toUpperCase()), null)).getJsonArray("items")), "case-insensitive");
        assertEquals(List.of(byAddress), ids(ok(api.get("/api/directory/facilities?size=100&district=" + SHIZHONG
                + "&q=" + encode(" 搜索路" + tag + " "), null)).getJsonArray("items")), "with other criteria");
        assertEquals(0, ok(api.get("/api/directory/facilities?q=%25", null)).getInt("total"), "% is a character");
        assertEquals(0, ok(api.get("/api/directory/facilities?q=" + encode("搜索_" + tag), null)).getInt("total"),
                "_ is a character");
        assertTrue(ok(api.get("/api/directory/facilities?q=", null)).getInt("total") >= 2, "empty q: everything");
        assertProblem(api.get("/api/directory/facilities?q=" + "x".repeat(101), null), 400, "validation");
    }

    @Test
    void placesPerThousandAgainstTheSeedsTargets() {
        JsonArray all = api.get("/api/places-per-thousand", null).array();
        assertEquals(new BigDecimal("6.26"), target(all, CHANHE, 2025).getJsonNumber("placesPerThousand")
                .bigDecimalValue().setScale(2));
        assertTrue(target(all, CHANHE, 2025).getString("source").contains("瀍政办〔2022〕15号"));
        assertEquals(new BigDecimal("4.10"), target(all, XIGONG, 2025).getJsonNumber("placesPerThousand")
                .bigDecimalValue().setScale(2));
        assertEquals(new BigDecimal("4.50"), target(all, HAIMEN, 2025).getJsonNumber("placesPerThousand")
                .bigDecimalValue().setScale(2));
        assertTrue(target(all, HAIMEN, 2025).getString("source").contains("海政办发〔2021〕64号"));
        assertProblem(api.get("/api/places-per-thousand/999999", null), 404, "district-not-found");
    }

    @Test
    void aFiledFacilityAndAPopulationGiveTheDistrictsPlacesPerThousand() {
        String district = "420302";
        String health = TestTokens.health(district);
        assertProblem(api.put("/api/places-per-thousand/" + district + "/population", health, POPULATION), 404);
        long before = ok(api.get("/api/places-per-thousand/" + district, null)).getJsonNumber("places").longValue();
        filedWith(api, district, b -> b);
        Api.Reply set = api.put("/api/districts/" + district + "/population", health, POPULATION);
        assertEquals(200, set.status(), set::toString);
        JsonObject now = ok(api.get("/api/places-per-thousand/" + district, null));
        assertEquals(before + 45, now.getJsonNumber("places").longValue());
        assertEquals(20000, now.getInt("population"));
        assertEquals(BigDecimal.valueOf((before + 45) * 1000).divide(BigDecimal.valueOf(20000), 2,
                RoundingMode.HALF_UP), now.getJsonNumber("placesPerThousand").bigDecimalValue());
    }

    @Test
    void demoDataLoadsTwiceAndItsFacilityMayRedeem() {
        Path demoScript = Path.of("src/main/resources/db/demo/R__demo_facilities.sql");
        TestDatabase.runScript(demoScript);
        TestDatabase.runScript(demoScript);
        JsonObject demo = standingOf(api, "00000000-0000-4000-8000-00000000f001");
        assertEquals("FILED", demo.getString("standing"));
        assertTrue(demo.getBoolean("mayRedeemToday"));
        JsonObject facility = ok(api.get("/api/directory/facilities/00000000-0000-4000-8000-00000000f001", null));
        assertTrue(facility.getJsonArray("serviceTypes").stream()
                .anyMatch(t -> t.asJsonObject().getString("code").equals("HOURLY")));
        assertTrue(ok(api.get("/api/directory/refusals?district=410302&size=100", null)).getJsonArray("items")
                .stream().anyMatch(r -> r.asJsonObject().getString("facilityName").contains("演示")));
        JsonArray pending = ok(api.get("/api/facility-reviews?size=100", TestTokens.health(HAIMEN)))
                .getJsonArray("items");
        assertTrue(pending.stream().anyMatch(p -> p.asJsonObject().getString("facilityId")
                .equals("00000000-0000-4000-8000-00000000f002")));
    }

    @Test
    void theOpenApiDocumentListsTheFacilityEndpoints() {
        // Payara serves the YAML document as text/plain (its resource produces text/plain and application/json)
        Api.Reply openapi = api.send(api.request("/openapi", null).setHeader("Accept", "text/plain").GET());
        assertEquals(200, openapi.status(), openapi::toString);
        for (String path : List.of("/api/facilities/{id}:",
                "/api/facilities/{id}/applications/{applicationId}/decision:",
                "/api/directory/facilities:", "/api/places-per-thousand:", "/api/facility-reviews:")) {
            assertTrue(openapi.body().contains(path), path);
        }
    }

    static JsonObject target(JsonArray districts, String code, int year) {
        JsonObject district = districts.stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("districtCode").equals(code)).findFirst().orElseThrow();
        return district.getJsonArray("targets").stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getInt("year") == year).findFirst().orElseThrow();
    }

    static List<String> ids(JsonArray items) {
        return items.stream().map(i -> i.asJsonObject().getString("id")).toList();
    }

    static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static JsonObject ok(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }
}
