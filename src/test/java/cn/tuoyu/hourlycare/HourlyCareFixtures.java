package cn.tuoyu.hourlycare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import cn.tuoyu.hourlycare.boundary.BookingRequest;
import cn.tuoyu.hourlycare.boundary.DeskCodeRequest;
import cn.tuoyu.hourlycare.boundary.HoursRequest;
import cn.tuoyu.hourlycare.boundary.ScheduleRequest;
import cn.tuoyu.platform.time.ChinaTime;
import cn.tuoyu.testing.Api;
import cn.tuoyu.testing.Bodies;
import cn.tuoyu.testing.TestTokens;

/** Hourly care for integration tests, through the real API. */
public final class HourlyCareFixtures {

    private HourlyCareFixtures() {
    }

    /** Open every day round the clock, hour-long slots of {@code places}, for 13–36-month-olds. */
    public static String roundTheClock(int places) {
        List<HoursRequest> hours = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            hours.add(new HoursRequest(day, "00:00", "24:00"));
        }
        return Bodies.json(new ScheduleRequest(60, places, 13, 36, hours, List.of()));
    }

    /** The facility's staff publish a round-the-clock schedule. */
    public static void publish(Api api, String facilityId, int places) {
        Api.Reply reply = api.put("/api/hourly-care/schedule", TestTokens.facility(facilityId),
                roundTheClock(places));
        assertEquals(200, reply.status(), reply::toString);
    }

    /** Tomorrow at 10:00 in China: a slot far from any cutoff. */
    public static Instant tomorrowAtTen() {
        return LocalDate.now(ChinaTime.ZONE).plusDays(1).atTime(10, 0).atZone(ChinaTime.ZONE).toInstant();
    }

    /** The hour-long slot a child can be checked in to right now (the next one when this one ends in minutes). */
    public static Instant slotOpenForCheckIn() {
        ZonedDateTime now = ZonedDateTime.now(ChinaTime.ZONE);
        ZonedDateTime hour = now.truncatedTo(ChronoUnit.HOURS);
        return (now.getMinute() >= 55 ? hour.plusHours(1) : hour).toInstant();
    }

    public static Api.Reply tryBook(Api api, String token, String facilityId, String childId, Instant start,
            String voucherId) {
        return api.post("/api/hourly-care/sessions", token, Bodies.json(new BookingRequest(UUID.fromString(
                facilityId), UUID.fromString(childId), start, voucherId == null ? null : UUID.fromString(voucherId))));
    }

    /** Books and returns the session's id. */
    public static String book(Api api, String token, String facilityId, String childId, Instant start,
            String voucherId) {
        Api.Reply reply = tryBook(api, token, facilityId, childId, start, voucherId);
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getString("id");
    }

    /** The guardian's pass as the phone shows it now. */
    public static JsonObject pass(Api api, String token, String sessionId) {
        Api.Reply reply = api.get("/api/hourly-care/sessions/" + sessionId + "/pass", token);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    public static String scanned(String text) {
        return Bodies.json(new DeskCodeRequest(text, null, null, "desk-1"));
    }

    public static String typed(String manualCode) {
        return Bodies.json(new DeskCodeRequest(null, manualCode, null, "desk-1"));
    }

    /** A mainland mobile number no other test uses. */
    public static String freshPhone() {
        return "139" + String.format("%08d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** The guardian names a pick-up person with this phone for the session (201). */
    public static JsonObject namePickup(Api api, String token, String sessionId, String phone) {
        Api.Reply named = api.post("/api/hourly-care/sessions/" + sessionId + "/pickups", token,
                "{\"name\":\"王秀英\",\"relation\":\"祖母\",\"phone\":\"" + phone + "\"}");
        assertEquals(201, named.status(), named::toString);
        return named.json();
    }

    /** The pick-up-code SMSes the stand-in received for the number, waiting (at most 90 s) for the first. */
    public static List<cn.tuoyu.stack.SmsStandIn.Sms> pickupSms(String phone) throws Exception {
        return cn.tuoyu.guidance.GuidanceFixtures.await(() -> cn.tuoyu.testing.IntegrationEnvironment.sms()
                .messages().stream().filter(m -> m.phone().equals(phone)
                        && m.template().equals("SMS_TUOYU_CARE_PICKUP_CODE"))
                .toList(), found -> !found.isEmpty());
    }

    public static String pickupCode(String code) {
        return Bodies.json(new DeskCodeRequest(null, null, code, "desk-1"));
    }

    public static Api.Reply checkIn(Api api, String facilityId, String body, String idempotencyKey) {
        return desk(api, facilityId, "/api/hourly-care/desk/check-ins", body, idempotencyKey);
    }

    public static Api.Reply checkOut(Api api, String facilityId, String sessionId, String body,
            String idempotencyKey) {
        return desk(api, facilityId, "/api/hourly-care/desk/sessions/" + sessionId + "/check-out", body,
                idempotencyKey);
    }

    private static Api.Reply desk(Api api, String facilityId, String path, String body, String idempotencyKey) {
        HttpRequest.Builder request = api.request(path, TestTokens.facility(facilityId))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return api.send(request);
    }

    /** The family's session as their page shows it. */
    public static JsonObject session(Api api, String token, String sessionId) {
        Api.Reply reply = api.get("/api/hourly-care/sessions/" + sessionId, token);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    /** Free hourly-care sessions the child has left, as the family's page shows them. */
    public static int remaining(Api api, String token, String childId) {
        Api.Reply reply = api.get("/api/hourly-care/children", token);
        assertEquals(200, reply.status(), reply::toString);
        return reply.array().stream().map(v -> v.asJsonObject())
                .filter(c -> c.getString("childId").equals(childId)).findFirst().orElseThrow().getInt("remaining");
    }
}
