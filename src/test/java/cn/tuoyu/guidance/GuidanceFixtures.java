package cn.tuoyu.guidance;

import static cn.tuoyu.families.FamilyFixtures.consentingResident;
import static cn.tuoyu.families.FamilyFixtures.registerChild;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import cn.tuoyu.testing.Api;
import cn.tuoyu.testing.TestClock;
import cn.tuoyu.testing.TestTokens;

/**
 * Parent classes, waitlists and home visits made through the real API, for the guidance tests and for other features'
 * tests: published classes, booked seats, full classes with families waiting, visits requested, assigned and
 * scheduled. Also the one place each guidance list answer is read ({@link #upcomingClasses}, {@link #roster},
 * {@link #dueChildIds}): when a list becomes a page, only that method changes.
 */
public final class GuidanceFixtures {

    public static final String HAIMEN = "320614";
    public static final String ZHANGWAN = "420303";
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** The staff's attendance answers. */
    public static final String ATTENDED = """
            {"attended": true}""";
    public static final String ABSENT = """
            {"attended": false}""";

    private GuidanceFixtures() {
    }

    /** A parent (consenting resident) and one of their children. */
    public record Family(String token, String child) {
    }

    /** A consenting resident with one child of this age in the district. */
    public static Family family(Api api, String district, int months) {
        String token = consentingResident(api);
        return new Family(token, registerChild(api, token, months, district));
    }

    // ---- classes ----------------------------------------------------------------------------------------------

    /** Publishes a one-hour class in the district starting this many days from now (cutoff = start); returns its id. */
    public static String publishedClass(Api api, String district, int capacity, int fromMonths, int toMonths,
            int inDays) {
        OffsetDateTime start = OffsetDateTime.now(CHINA).plusDays(inDays).truncatedTo(ChronoUnit.MINUTES);
        String json = Json.createObjectBuilder().add("topic", "课程-" + UUID.randomUUID())
                .add("venue", "示例社区卫生服务中心").add("startsAt", start.toString())
                .add("endsAt", start.plusHours(1).toString()).add("capacity", capacity)
                .add("ageFromMonths", fromMonths).add("ageToMonths", toMonths).build().toString();
        Api.Reply reply = api.post("/api/staff/classes", TestTokens.health(district), json);
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getString("id");
    }

    /** Publishes a one-hour class for the age band starting then; returns its id. */
    public static String publish(Api api, String district, int capacity, int fromMonths, int toMonths,
            OffsetDateTime start) {
        return created(api.post("/api/staff/classes", TestTokens.health(district), classBody("课程-"
                + UUID.randomUUID(), start, start.plusHours(1), null, capacity, fromMonths, toMonths)));
    }

    /** Publishes a one-hour class for the age band starting then, taking bookings until the cutoff; returns its id. */
    public static String publish(Api api, String district, int capacity, int fromMonths, int toMonths,
            OffsetDateTime start, OffsetDateTime cutoff) {
        return created(api.post("/api/staff/classes", TestTokens.health(district), classBody("课程-"
                + UUID.randomUUID(), start, start.plusHours(1), cutoff, capacity, fromMonths, toMonths)));
    }

    /** The class has begun: the app's clock is let run to a minute past its start. */
    public static void startClass(Api api, TestClock clock, String classId) {
        clock.passTo(classTime(api, classId, "startsAt").plus(Duration.ofMinutes(1)));
    }

    /** Bookings of the class have closed: the app's clock is let run a second past its cutoff. */
    public static void closeBookings(Api api, TestClock clock, String classId) {
        clock.passTo(classTime(api, classId, "bookingCutoff").plusSeconds(1));
    }

    private static Instant classTime(Api api, String classId, String field) {
        return OffsetDateTime.parse(ok(api.get("/api/classes/" + classId, null)).json().getString(field)).toInstant();
    }

    /** Publishes a class for infants (0–12 months) from start to end; returns its id. */
    public static String publishAt(Api api, String district, int capacity, OffsetDateTime start, OffsetDateTime end) {
        return created(api.post("/api/staff/classes", TestTokens.health(district), classBody("科学喂养", start, end,
                null, capacity, 0, 12)));
    }

    /** Tries to book a seat of the class for the resident's child; the reply as it came. */
    public static Api.Reply tryBook(Api api, String token, String classId, String childId) {
        return api.post("/api/classes/" + classId + "/bookings", token, childBody(childId));
    }

    /** Books a seat of the class for the family's child; returns the booking's id. */
    public static String book(Api api, Family family, String classId) {
        return created(tryBook(api, family.token(), classId, family.child()));
    }

    /** Tries to put the resident's child on the class's waitlist; the reply as it came. */
    public static Api.Reply tryJoinWaitlist(Api api, String token, String classId, String childId) {
        return api.post("/api/classes/" + classId + "/waitlist", token, childBody(childId));
    }

    /** A class with one seat, booked by {@code holder}, and families waiting in {@code entries}' order. */
    public record WaitingLine(String classId, Family holder, String seat, List<Family> waiting, List<String> entries) {
    }

    /** A one-seat class for infants in Haimen, booked, with this many families on its waitlist. */
    public static WaitingLine fullClassWithWaitlist(Api api, int waiting) {
        String clazz = publish(api, HAIMEN, 1, 0, 12, inDays(4));
        Family holder = family(api, HAIMEN, 6);
        String seat = book(api, holder, clazz);
        List<Family> families = new ArrayList<>();
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < waiting; i++) {
            Family family = family(api, HAIMEN, 6);
            families.add(family);
            entries.add(created(tryJoinWaitlist(api, family.token(), clazz, family.child())));
        }
        return new WaitingLine(clazz, holder, seat, families, entries);
    }

    /** The same line after the holder cancelled: the first waiting family holds an open offer. */
    public static WaitingLine freedSeatOffered(Api api, int waiting) {
        WaitingLine line = fullClassWithWaitlist(api, waiting);
        ok(api.delete("/api/bookings/" + line.seat(), line.holder().token()));
        return line;
    }

    /** The family's own waitlist entry as the family reads it. */
    public static JsonObject waitlistEntry(Api api, String token, String entryId) {
        return ok(api.get("/api/waitlist", token)).array().stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("id").equals(entryId)).findFirst().orElseThrow();
    }

    /** The family's own booking as the family reads it. */
    public static JsonObject booking(Api api, String token, String bookingId) {
        return ok(api.get("/api/bookings", token)).array().stream().map(JsonValue::asJsonObject)
                .filter(b -> b.getString("id").equals(bookingId)).findFirst().orElseThrow();
    }

    /** The actions a view carries (what its state allows now), in the server's order. */
    public static List<String> actions(JsonObject view) {
        return view.getJsonArray("actions").getValuesAs(JsonString::getString);
    }

    public static int seatsLeft(Api api, String classId) {
        return ok(api.get("/api/classes/" + classId, null)).json().getInt("seatsLeft");
    }

    /** Guidance sessions the child has left this year, as the parent sees them. */
    public static int sessionsLeft(Api api, String token, String childId) {
        return ok(api.get("/api/children/" + childId + "/entitlements", token)).array().stream()
                .map(JsonValue::asJsonObject).filter(e -> e.getString("serviceKind").equals("GUIDANCE_SESSION"))
                .findFirst().map(e -> e.getInt("remaining")).orElse(0);
    }

    /** The published classes listed for this query (e.g. {@code district=320614&size=100}). */
    public static List<JsonObject> upcomingClasses(Api api, String token, String query) {
        return items(ok(api.get("/api/classes?" + query, token)).json());
    }

    // ---- home visits and the roster -----------------------------------------------------------------------------

    /** A visit and the people around it: the family, the district's coordinator and the staff member assigned. */
    public record Visit(String id, Family family, String street, String address, String coordinator, String staffId,
            String staff, OffsetDateTime scheduledAt) {
    }

    /** A Haimen family's request for a visit to an infant (2 months) in a street of its own, two days ahead. */
    public static Visit requestedVisit(Api api) {
        Family family = family(api, HAIMEN, 2);
        String street = "三厂街道-" + UUID.randomUUID().toString().substring(0, 8);
        String address = "海门区示例路" + UUID.randomUUID().toString().substring(0, 4) + "号";
        String id = created(api.post("/api/visits", family.token(), visitBody(family.child(), street, address,
                inDays(2), inDays(2).plusHours(2))));
        String staffId = "health-" + UUID.randomUUID();
        String staff = known(api, health(staffId, HAIMEN, false));
        return new Visit(id, family, street, address, health("coord-" + UUID.randomUUID(), HAIMEN, true), staffId,
                staff, null);
    }

    /** A requested visit the coordinator assigned to {@link Visit#staffId}. */
    public static Visit assignedVisit(Api api) {
        Visit visit = requestedVisit(api);
        ok(api.put("/api/staff/visits/" + visit.id() + "/assignee", visit.coordinator(),
                assigneeBody(visit.staffId())));
        return visit;
    }

    /** An assigned visit its staff member scheduled three days ahead, for an hour. */
    public static Visit scheduledVisit(Api api) {
        Visit visit = assignedVisit(api);
        OffsetDateTime at = inDays(3);
        ok(api.put("/api/staff/visits/" + visit.id() + "/schedule", visit.staff(), windowBody(at, at.plusHours(1))));
        return new Visit(visit.id(), visit.family(), visit.street(), visit.address(), visit.coordinator(),
                visit.staffId(), visit.staff(), at);
    }

    /** The roster's rows for this query (e.g. {@code state=DONE&staff=…}), as the staff member sees them. */
    public static List<JsonObject> roster(Api api, String token, String query) {
        return items(ok(api.get("/api/staff/visits?" + query, token)).json());
    }

    /** The ids of every child on the due list the staff member sees, read page by page. */
    public static List<String> dueChildIds(Api api, String token) {
        List<String> ids = new ArrayList<>();
        for (int page = 0; page < 50; page++) {
            JsonObject due = ok(api.get("/api/staff/visits/due?size=100&page=" + page, token)).json();
            JsonArray items = due.getJsonArray("items");
            items.forEach(d -> ids.add(d.asJsonObject().getString("childId")));
            assertTrue(due.getJsonNumber("total").longValue() >= ids.size(), due::toString);
            if (items.size() < 100) {
                break;
            }
        }
        return ids;
    }

    /** A health-staff token for this subject and district, with the coordinator role if asked. */
    public static String health(String subject, String district, boolean coordinator) {
        List<String> roles = coordinator
                ? List.of("health-commission", "visit-coordinator")
                : List.of("health-commission");
        return TestTokens.sign(TestTokens.claims(subject, roles, Map.of("district", district,
                "name", "医生 " + subject)).build());
    }

    /** The staff member has called the API once, as signing in to the web app does: the district knows them. */
    public static String known(Api api, String token) {
        ok(api.get("/api/me", token));
        return token;
    }

    // ---- request bodies -----------------------------------------------------------------------------------------

    public static String classBody(String topic, OffsetDateTime start, OffsetDateTime end, OffsetDateTime cutoff,
            int capacity, int from, int to) {
        var b = Json.createObjectBuilder().add("topic", topic).add("venue", "海门区示例社区卫生服务中心")
                .add("startsAt", start.toString()).add("endsAt", end.toString()).add("capacity", capacity)
                .add("ageFromMonths", from).add("ageToMonths", to);
        if (cutoff != null) {
            b.add("bookingCutoff", cutoff.toString());
        }
        return b.build().toString();
    }

    public static String childBody(String childId) {
        return """
                {"childId": "%s"}""".formatted(childId);
    }

    public static String visitBody(String child, String street, String address, OffsetDateTime start,
            OffsetDateTime end) {
        return Json.createObjectBuilder().add("childId", child).add("subDistrict", street).add("address", address)
                .add("preferredWindows", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("start", start.toString()).add("end", end.toString())))
                .build().toString();
    }

    public static String windowBody(OffsetDateTime start, OffsetDateTime end) {
        return """
                {"start": "%s", "end": "%s"}""".formatted(start, end);
    }

    public static String assigneeBody(String subject) {
        return Json.createObjectBuilder().add("assignee", subject).build().toString();
    }

    public static String openVisitBody(String child, String assignee) {
        return Json.createObjectBuilder().add("childId", child).add("assignee", assignee).build().toString();
    }

    public static String outcomeBody(String outcome, String... topics) {
        var topicArray = Json.createArrayBuilder();
        Arrays.stream(topics).forEach(topicArray::add);
        return Json.createObjectBuilder().add("outcome", outcome).add("notes", "示例记录").add("topics", topicArray)
                .build().toString();
    }

    // ---- small things -------------------------------------------------------------------------------------------

    /**
     * Five minutes from now, China time, to the minute: a start or cutoff a test lets pass by moving the app's clock
     * minutes rather than days, so that nothing else the test made passes its own deadlines.
     */
    public static OffsetDateTime soon() {
        return OffsetDateTime.now(CHINA).plusMinutes(5).truncatedTo(ChronoUnit.MINUTES);
    }

    /** This many days from now, China time, to the minute. */
    public static OffsetDateTime inDays(int days) {
        return OffsetDateTime.now(CHINA).plusDays(days).truncatedTo(ChronoUnit.MINUTES);
    }

    /** Asserts a 201 and returns the created resource's id. */
    public static String created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getString("id");
    }

    public static Api.Reply ok(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply;
    }

    /** Null or left out (JSON-B leaves out null properties). */
    public static boolean absent(JsonObject json, String key) {
        return !json.containsKey(key) || json.isNull(key);
    }

    public static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Polls until done (a server timer's work), at most 90 seconds; returns the last value read. */
    public static <T> T await(Callable<T> probe, Predicate<T> done) throws Exception {
        T value = probe.call();
        for (int i = 0; i < 180 && !done.test(value); i++) {
            Thread.sleep(500);
            value = probe.call();
        }
        return value;
    }

    /** Runs the tasks released together by one latch, 100 in flight at a time. */
    public static <T> List<T> runConcurrently(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(100, tasks.size()));
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A download as bytes with this Accept header (CSV, iCalendar). */
    public static HttpResponse<byte[]> download(Api api, String path, String token, String accept) throws Exception {
        var request = api.request(path, token).setHeader("Accept", accept).GET();
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** CSV with a header row, as Excel writes it. */
    public static List<CSVRecord> parseCsv(String text) throws Exception {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.EXCEL.builder().setHeader()
                .setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }

    /** The items of a page, checked against the page's total. */
    private static List<JsonObject> items(JsonObject page) {
        JsonArray items = page.getJsonArray("items");
        assertTrue(page.getJsonNumber("total").longValue() >= items.size(), page::toString);
        return objects(items);
    }

    private static List<JsonObject> objects(JsonArray array) {
        return array.stream().map(JsonValue::asJsonObject).toList();
    }
}
