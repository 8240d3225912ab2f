package cn.tuoyu.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import cn.tuoyu.facilities.FacilityFixtures;
import cn.tuoyu.families.FamilyFixtures;
import cn.tuoyu.guidance.GuidanceFixtures;
import cn.tuoyu.hourlycare.HourlyCareFixtures;
import cn.tuoyu.testing.AgainstTheApp;
import cn.tuoyu.testing.Api;
import cn.tuoyu.testing.TestTokens;
import cn.tuoyu.vouchers.VoucherFixtures;

/**
 * Insecure direct object references, for every endpoint the live OpenAPI document lists: each path with a path
 * parameter is called, with each of its methods, with the REAL ids of one family, one facility and one district
 * (Haimen), by another family, another facility of the same district, a facility of another district and health
 * staff of another district (a coordinator). None may get a 2xx, a 500, or anything of the owner's in the body:
 * what is outside a caller's scope is 404 (style.md); 403 only where the role may not call the path at all (problem
 * type {@code forbidden}).
 *
 * <p>A path parameter this test cannot fill fails the test: a new endpoint is covered the day it appears, or the
 * test says what it needs to learn.
 */
class CrossScopeIT extends AgainstTheApp {

    static final String HAIMEN = "320614";
    static final String CHANHE = "410302";
    static final String FORBIDDEN = "urn:tuoyu:problem:forbidden";

    /**
     * Readable by design by anyone (or anyone signed in), whoever published them: the directory, published classes,
     * districts, rules in force, places per 1,000, a published batch's status. A GET may answer 200 there; nothing
     * private may be in it.
     */
    static final Set<String> PUBLIC_READS = Set.of(
            "GET /api/classes/{id}",
            "GET /api/directory/facilities/{id}",
            "GET /api/facilities/{id}/standing",
            "GET /api/districts/{code}",
            "GET /api/districts/{code}/entitlement-rules",
            "GET /api/districts/{code}/entitlement-rules/{version}",
            "GET /api/places-per-thousand/{district}",
            "GET /api/hourly-care/facilities/{id}/schedule",
            "GET /api/hourly-care/facilities/{id}/slots",
            "GET /api/public/voucher-batches/{id}/status",
            "GET /api/public/voucher-batches/{id}/draw");

    /**
     * Capability URLs: the secret in the path is the authorisation (a calendar app cannot send a token; an invitation
     * code is passed on by the inviting guardian on purpose). Checked with a wrong secret instead of the real one.
     */
    static final Set<String> CAPABILITIES = Set.of(
            "GET /api/calendar/feeds/{token}.ics",
            "POST /api/guardian-invitations/{code}/acceptance");

    /** The owner's objects, made through the API. */
    record Owner(String family, String subject, String infant, String toddler, String voucher, String batch,
            String redemption, String bookingClass, String booking, String waitlistEntry, String visit,
            String ledgerEntry, String facility, String application, String invitation, String feedToken,
            String address, String careSession, String carePassCode, String notification, List<String> secrets) {
    }

    @Test
    void noCallerReachesAnotherFamilysFacilitysOrDistrictsObjects() {
        Owner owner = owner();
        Map<String, String> strangers = Map.of(
                "another family", FamilyFixtures.consentingResident(api),
                "another facility", TestTokens.facility(FacilityFixtures.filed(api, HAIMEN)),
                "another district's facility", TestTokens.facility(FacilityFixtures.filed(api, CHANHE)),
                "another district", TestTokens.sign(TestTokens.claims("coord-" + UUID.randomUUID(),
                        List.of("health-commission", "visit-coordinator"), Map.of("district", CHANHE)).build()));
        FamilyFixtures.registerChild(api, strangers.get("another family"), 6, HAIMEN);

        JsonObject openapi = api.send(api.request("/openapi?format=JSON", null).setHeader("Accept",
                "application/json").GET()).json();
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (Map.Entry<String, JsonValue> path : openapi.getJsonObject("paths").entrySet()) {
            String template = path.getKey().startsWith("/api/") ? path.getKey() : "/api" + path.getKey();
            if (!template.contains("{")) {
                continue;
            }
            for (Map.Entry<String, JsonValue> operation : path.getValue().asJsonObject().entrySet()) {
                String method = operation.getKey().toUpperCase();
                if (!Set.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    continue;
                }
                String endpoint = method + " " + template;
                String url = fill(template, owner, CAPABILITIES.contains(endpoint)) + query(endpoint,
                        operation.getValue());
                for (Map.Entry<String, String> stranger : strangers.entrySet()) {
                    Api.Reply reply = call(method, endpoint, url, stranger.getValue(), owner);
                    calls++;
                    String problem = verdict(endpoint, stranger.getKey(), reply, owner);
                    if (problem != null) {
                        failures.add(endpoint + " as " + stranger.getKey() + ": " + problem);
                    }
                }
            }
        }
        System.out.println("CrossScopeIT: " + calls + " calls, " + failures.size() + " refused as wrong");
        assertTrue(calls > 100, "walked " + calls + " calls: is the OpenAPI document complete?");
        assertTrue(failures.isEmpty(), failures.size() + " cross-scope answers:\n" + String.join("\n", failures));
    }

    /** Null when the answer is acceptable, else what is wrong with it. */
    static String verdict(String endpoint, String who, Api.Reply reply, Owner owner) {
        for (String secret : owner.secrets()) {
            if (reply.body() != null && reply.body().contains(secret)) {
                return reply.status() + " carries the owner's " + secret;
            }
        }
        int status = reply.status();
        if (status == 404 || status == 405) {
            return null;
        }
        if (status == 200 && PUBLIC_READS.contains(endpoint)) {
            return null;
        }
        if (status == 403) {
            String type = type(reply);
            if (FORBIDDEN.equals(type)) {
                return null;
            }
            return "403 " + type + " (outside the caller's scope is 404)";
        }
        return status + " " + abbreviate(reply.body());
    }

    Api.Reply call(String method, String endpoint, String url, String token, Owner owner) {
        Body body = body(endpoint, owner);
        // whatever the endpoint answers in (JSON, iCalendar, PNG, HTML): a 406 would answer before the scope check
        HttpRequest.Builder request = api.request(url, token).setHeader("Accept", "*/*");
        if (body == null) {
            return api.send(request.method(method, HttpRequest.BodyPublishers.noBody()));
        }
        return api.send(request.header("Content-Type", body.type())
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
    }

    /** Fills every path parameter with the owner's id, by the name and the segment before it; unknown ones fail. */
    static String fill(String template, Owner owner, boolean capability) {
        Matcher m = Pattern.compile("\\{([^}]+)}").matcher(template);
        StringBuilder url = new StringBuilder();
        while (m.find()) {
            String before = template.substring(0, m.start());
            String segment = before.substring(before.lastIndexOf('/', before.length() - 2) + 1).replace("/", "");
            String value = value(segment, m.group(1), owner, capability);
            if (value == null) {
                throw new AssertionError("CrossScopeIT cannot fill {" + m.group(1) + "} after /" + segment + "/ in "
                        + template + ": teach it which of the owner's ids belongs there");
            }
            m.appendReplacement(url, Matcher.quoteReplacement(value));
        }
        m.appendTail(url);
        return url.toString();
    }

    static String value(String segment, String name, Owner owner, boolean capability) {
        return switch (segment + "/{" + name + "}") {
            case "children/{id}" -> owner.infant();
            case "vouchers/{id}" -> owner.voucher();
            case "voucher-batches/{id}" -> owner.batch();
            case "redemptions/{id}" -> owner.redemption();
            case "ledger/{entryId}" -> owner.ledgerEntry();
            case "districts/{code}", "places-per-thousand/{district}" -> HAIMEN;
            case "entitlement-rules/{version}" -> "1";
            case "facilities/{id}" -> owner.facility();
            case "applications/{applicationId}" -> owner.application();
            case "materials/{kind}" -> "business-licence";
            case "visits/{id}" -> owner.visit();
            case "bookings/{id}", "bookings/{bookingId}" -> owner.booking();
            case "waitlist/{id}" -> owner.waitlistEntry();
            case "classes/{id}" -> owner.bookingClass();
            case "feeds/{token}" -> capability ? "A".repeat(43) : owner.feedToken();
            case "guardian-invitations/{code}" -> capability ? UUID.randomUUID().toString() : owner.invitation();
            case "sessions/{id}" -> owner.careSession();
            // the owner's notice: no dead letter of the owner's district exists here (NotificationsIT retries one
            // of another district's and gets 404)
            case "notifications/{id}", "dead-letters/{id}" -> owner.notification();
            default -> null;
        };
    }

    /**
     * Query parameters some endpoints require, when the operation lists them; Payara's OpenAPI document lists no
     * bean parameter, so those are named here by endpoint.
     */
    static String query(String endpoint, JsonValue operation) {
        List<String> names = new ArrayList<>();
        if (endpoint.equals("GET /api/hourly-care/facilities/{id}/slots")) {
            names.add("date");
        }
        JsonValue parameters = operation.asJsonObject().get("parameters");
        if (parameters != null) {
            parameters.asJsonArray().forEach(p -> {
                if ("query".equals(p.asJsonObject().getString("in", ""))) {
                    names.add(p.asJsonObject().getString("name"));
                }
            });
        }
        List<String> pairs = new ArrayList<>();
        for (String name : names) {
            String value = switch (name) {
                case "purpose" -> "HOME_VISIT";
                case "month" -> java.time.YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
                case "date" -> LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
                default -> null;
            };
            if (value != null) {
                pairs.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    record Body(String type, byte[] bytes) {
    }

    /** A valid body for each endpoint that takes one, so that validation does not answer before the scope check. */
    static Body body(String endpoint, Owner owner) {
        OffsetDateTime soon = OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(3).withNano(0);
        String json = switch (endpoint) {
            case "PUT /api/voucher-batches/{id}/status" -> "{\"status\":\"PAUSED\"}";
            case "PUT /api/voucher-batches/{id}/quantity" -> "{\"quantity\":50}";
            case "POST /api/redemptions/{id}/void" -> "{\"reason\":\"越权测试\"}";
            case "POST /api/staff/children/{id}/ledger" ->
                "{\"serviceKind\":\"GUIDANCE_SESSION\",\"reason\":\"HOME_VISIT\",\"reference\":\"cross-scope\"}";
            case "POST /api/districts/{code}/entitlement-rules" -> Json.createObjectBuilder()
                    .add("effectiveFrom", LocalDate.now().plusYears(1).toString())
                    .add("rules", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("serviceKind", "GUIDANCE_SESSION").add("ageFromMonths", 0).add("ageToMonths", 12)
                            .add("sessions", 2).add("window", "CALENDAR_YEAR")))
                    .build().toString();
            case "PUT /api/facilities/{id}" -> facilityRecord();
            case "POST /api/facilities/{id}/applications" -> "{\"kind\":\"FILING\"}";
            case "POST /api/facilities/{id}/applications/{applicationId}/submission" -> "{}";
            case "POST /api/facilities/{id}/applications/{applicationId}/decision" ->
                "{\"outcome\":\"REFUSE\",\"reasons\":\"越权测试\"}";
            case "POST /api/facilities/{id}/standing-decisions" -> "{\"action\":\"SUSPEND\",\"reasons\":\"越权测试\"}";
            case "PUT /api/places-per-thousand/{district}/population", "PUT /api/districts/{code}/population" ->
                "{\"population\":997000}";
            case "POST /api/visits/{id}/reschedule-request" -> "{\"note\":\"越权测试\"}";
            case "PUT /api/staff/classes/{id}/bookings/{bookingId}/attendance" -> "{\"attended\":true}";
            case "PUT /api/staff/visits/{id}/assignee" -> "{\"assignee\":\"cross-scope\"}";
            case "PUT /api/children/{id}" -> Json.createObjectBuilder().add("name", "越权测试").add("sex", "FEMALE")
                    .add("birthDate", LocalDate.now().minusMonths(6).toString()).build().toString();
            case "PUT /api/staff/visits/{id}/schedule" ->
                "{\"start\":\"" + soon + "\",\"end\":\"" + soon.plusHours(1) + "\"}";
            case "PUT /api/staff/visits/{id}/outcome" -> "{\"outcome\":\"DECLINED\",\"notes\":\"越权测试\"}";
            case "POST /api/classes/{id}/bookings", "POST /api/classes/{id}/waitlist" ->
                "{\"childId\":\"" + owner.infant() + "\"}";
            case "POST /api/guardian-invitations/{code}/acceptance" -> "{\"relation\":\"FATHER\"}";
            case "POST /api/hourly-care/sessions/{id}/pickups" ->
                "{\"name\":\"越权测试\",\"relation\":\"祖母\",\"phone\":\"13812345678\"}";
            case "POST /api/hourly-care/desk/sessions/{id}/check-out" ->
                "{\"manualCode\":\"" + owner.carePassCode() + "\"}";
            case "POST /api/children/{id}/lottery-applications",
                    "POST /api/children/{id}/lottery-applications/withdrawal" ->
                "{\"batchId\":\"" + owner.batch() + "\"}";
            default -> null;
        };
        if (json != null) {
            return new Body("application/json", json.getBytes(StandardCharsets.UTF_8));
        }
        if (endpoint.equals("PUT /api/facilities/{id}/applications/{applicationId}/materials/{kind}")) {
            return new Body("application/pdf", "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
                    .getBytes(StandardCharsets.US_ASCII));
        }
        return null;
    }

    static String facilityRecord() {
        return Json.createObjectBuilder().add("name", "越权测试托育").add("creditCode",
                FacilityFixtures.creditCode(HAIMEN)).add("address", "测试路 2 号").add("districtCode", HAIMEN)
                .add("registrationType", "FOR_PROFIT").add("serviceTypes", Json.createArrayBuilder().add("HOURLY"))
                .add("places", Json.createObjectBuilder().add("infant", 5).add("toddler", 10).add("older", 20)
                        .add("mixed", 0))
                .add("affordable", true).add("demonstration", false).add("openingHours", "8:00-17:00")
                .add("contactPhone", "0513-1234567").add("servesMeals", false).build().toString();
    }

    /** One family of Haimen with an infant and a toddler, and everything they and their facility and district made. */
    Owner owner() {
        String subject = "owner-" + UUID.randomUUID();
        String family = TestTokens.resident(subject);
        FamilyFixtures.consent(api, family);
        String name = "越权" + UUID.randomUUID().toString().substring(0, 6);
        String infant = register(family, name + "甲", 4);
        String toddler = register(family, name + "乙", 20);

        String facility = FacilityFixtures.filed(api, HAIMEN);
        String facilityStaff = TestTokens.facility(facility);
        String application = ok(api.get("/api/facilities/" + facility + "/applications", facilityStaff)).array()
                .getJsonObject(0).getString("id");

        String batch = VoucherFixtures.publishedBatch(api, HAIMEN, 10, 2, false);
        JsonObject redeemedVoucher = VoucherFixtures.claim(api, family, toddler, batch);
        String redemption = ok(VoucherFixtures.redeem(api, facility, VoucherFixtures.scanned(
                VoucherFixtures.codeText(api, family, redeemedVoucher.getString("id"))), null), 201)
                .json().getString("redemptionId");
        JsonObject voucher = VoucherFixtures.claim(api, family, toddler, batch);

        String bookingClass = GuidanceFixtures.publishedClass(api, HAIMEN, 5, 0, 12, 10);
        String booking = ok(GuidanceFixtures.tryBook(api, family, bookingClass, infant), 201).json().getString("id");
        String fullClass = GuidanceFixtures.publishedClass(api, HAIMEN, 1, 0, 12, 11);
        String other = FamilyFixtures.consentingResident(api);
        ok(GuidanceFixtures.tryBook(api, other, fullClass, FamilyFixtures.registerChild(api, other, 5, HAIMEN)), 201);
        String waitlistEntry = ok(GuidanceFixtures.tryJoinWaitlist(api, family, fullClass, infant), 201).json()
                .getString("id");

        String address = "海门区越权测试路" + UUID.randomUUID().toString().substring(0, 4) + "号";
        OffsetDateTime start = OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(4).withNano(0);
        String visit = ok(api.post("/api/visits", family, Json.createObjectBuilder().add("childId", infant)
                .add("subDistrict", "三厂街道").add("address", address).add("preferredWindows",
                        Json.createArrayBuilder().add(Json.createObjectBuilder().add("start", start.toString())
                                .add("end", start.plusHours(2).toString())))
                .build().toString()), 201)
                .json().getString("id");
        String ledgerEntry = ok(api.get("/api/children/" + infant + "/entitlements/ledger", family)).array()
                .getJsonObject(0).getString("id");

        String invitation = ok(api.post("/api/children/" + infant + "/invitations", family, ""), 201).json()
                .getString("code");
        String feedUrl = ok(api.post("/api/calendar/subscriptions", family, ""), 201).header("Location");
        String feedToken = feedUrl.substring(feedUrl.lastIndexOf('/') + 1).replace(".ics", "");

        HourlyCareFixtures.publish(api, facility, 5);
        String careSession = HourlyCareFixtures.book(api, family, facility, toddler, HourlyCareFixtures
                .tomorrowAtTen(), null);
        String carePassCode = HourlyCareFixtures.pass(api, family, careSession).getString("manualCode");
        String notification = ok(api.get("/api/notifications", family)).json().getJsonArray("items")
                .getJsonObject(0).getString("id");
        return new Owner(family, subject, infant, toddler, voucher.getString("id"), batch, redemption, bookingClass,
                booking, waitlistEntry, visit, ledgerEntry, facility, application, invitation, feedToken, address,
                careSession, carePassCode, notification, List.of(name, infant, toddler, subject, address,
                        voucher.getString("manualCode"), invitation, feedToken, carePassCode));
    }

    String register(String family, String name, int months) {
        LocalDate birth = FamilyFixtures.bornMonthsAgo(months);
        return ok(api.post("/api/children", family, FamilyFixtures.childJson(name, birth, "RESIDENT_ID",
                FamilyFixtures.residentId(birth), HAIMEN)), 201).json().getString("id");
    }

    static Api.Reply ok(Api.Reply reply) {
        return ok(reply, 200);
    }

    static Api.Reply ok(Api.Reply reply, int status) {
        assertEquals(status, reply.status(), reply::toString);
        return reply;
    }

    static String type(Api.Reply reply) {
        try {
            return reply.json().getString("type", null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    static String abbreviate(String body) {
        return body == null ? "" : body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }

    @Test
    void theWalkFailsOnAPathParameterItCannotFill() {
        Owner nobody = new Owner("", "", "c", "t", "v", "b", "r", "k", "bk", "w", "vi", "l", "f", "a", "i", "ft", "",
                "s", "p", "n", List.of());
        assertEquals("/api/children/c/entitlements", fill("/api/children/{id}/entitlements", nobody, false));
        assertEquals("/api/calendar/feeds/ft.ics", fill("/api/calendar/feeds/{token}.ics", nobody, false));
        AssertionError unknown = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> fill("/api/sessions/{sessionId}", nobody, false));
        assertTrue(unknown.getMessage().contains("{sessionId}"), unknown.getMessage());
        assertFalse(PUBLIC_READS.isEmpty());
    }
}
