package cn.tuoyu.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.json.Json;

import cn.tuoyu.testing.Api;
import cn.tuoyu.testing.TestTokens;

/** Parent classes for tests outside the guidance feature: published through the staff API, booked as a resident. */
public final class GuidanceFixtures {

    private GuidanceFixtures() {
    }

    /** Publishes a one-hour class in the district starting this many days from now (cutoff = start); returns its id. */
    public static String publishedClass(Api api, String district, int capacity, int fromMonths, int toMonths,
            int inDays) {
        OffsetDateTime start = OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(inDays)
                .truncatedTo(ChronoUnit.MINUTES);
        String json = Json.createObjectBuilder().add("topic", "课程-" + UUID.randomUUID())
                .add("venue", "示例社区卫生服务中心").add("startsAt", start.toString())
                .add("endsAt", start.plusHours(1).toString()).add("capacity", capacity)
                .add("ageFromMonths", fromMonths).add("ageToMonths", toMonths).build().toString();
        Api.Reply reply = api.post("/api/staff/classes", TestTokens.health(district), json);
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getString("id");
    }

    /** Tries to book a seat of the class for the resident's child; the reply as it came. */
    public static Api.Reply tryBook(Api api, String token, String classId, String childId) {
        return api.post("/api/classes/" + classId + "/bookings", token, childJson(childId));
    }

    /** Tries to put the resident's child on the class's waitlist; the reply as it came. */
    public static Api.Reply tryJoinWaitlist(Api api, String token, String classId, String childId) {
        return api.post("/api/classes/" + classId + "/waitlist", token, childJson(childId));
    }

    private static String childJson(String childId) {
        return Json.createObjectBuilder().add("childId", childId).build().toString();
    }
}
