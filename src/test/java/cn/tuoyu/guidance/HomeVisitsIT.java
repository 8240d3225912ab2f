package cn.tuoyu.guidance;

import static cn.tuoyu.families.FamilyFixtures.consentingResident;
import static cn.tuoyu.families.FamilyFixtures.registerChild;
import static cn.tuoyu.guidance.GuidanceFixtures.HAIMEN;
import static cn.tuoyu.guidance.GuidanceFixtures.ZHANGWAN;
import static cn.tuoyu.guidance.GuidanceFixtures.absent;
import static cn.tuoyu.guidance.GuidanceFixtures.assignedVisit;
import static cn.tuoyu.guidance.GuidanceFixtures.assigneeBody;
import static cn.tuoyu.guidance.GuidanceFixtures.book;
import static cn.tuoyu.guidance.GuidanceFixtures.created;
import static cn.tuoyu.guidance.GuidanceFixtures.download;
import static cn.tuoyu.guidance.GuidanceFixtures.family;
import static cn.tuoyu.guidance.GuidanceFixtures.health;
import static cn.tuoyu.guidance.GuidanceFixtures.inDays;
import static cn.tuoyu.guidance.GuidanceFixtures.known;
import static cn.tuoyu.guidance.GuidanceFixtures.ok;
import static cn.tuoyu.guidance.GuidanceFixtures.outcomeBody;
import static cn.tuoyu.guidance.GuidanceFixtures.publishAt;
import static cn.tuoyu.guidance.GuidanceFixtures.requestedVisit;
import static cn.tuoyu.guidance.GuidanceFixtures.scheduledVisit;
import static cn.tuoyu.guidance.GuidanceFixtures.sessionsLeft;
import static cn.tuoyu.guidance.GuidanceFixtures.visitBody;
import static cn.tuoyu.guidance.GuidanceFixtures.windowBody;
import static cn.tuoyu.testing.Problems.assertNames;
import static cn.tuoyu.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import org.junit.jupiter.api.Test;

import cn.tuoyu.guidance.GuidanceFixtures.Family;
import cn.tuoyu.guidance.GuidanceFixtures.Visit;
import cn.tuoyu.testing.AgainstTheApp;
import cn.tuoyu.testing.Api;
import cn.tuoyu.testing.TestDatabase;
import cn.tuoyu.testing.TestTokens;

/**
 * Home visits over real HTTP, one step of their life per test, each from its own fixture state
 * ({@link GuidanceFixtures#requestedVisit}, {@link GuidanceFixtures#assignedVisit},
 * {@link GuidanceFixtures#scheduledVisit}): the family's request and its refusals, who sees the address, assignment
 * by the district's coordinator, scheduling, the family's answer, the outcome. And the family's calendar, where its
 * visits meet its classes (kept here rather than in a class of its own: each IT class boots a Payara Micro).
 */
class HomeVisitsIT extends AgainstTheApp {

    // ---- the family's request -----------------------------------------------------------------------------------

    @Test
    void aRequestedVisitReservesASessionAndItsAddressIsStoredEncrypted() {
        Family family = family(api, HAIMEN, 2);
        String street = "三厂街道-" + UUID.randomUUID().toString().substring(0, 8);
        String address = "海门区示例路" + UUID.randomUUID().toString().substring(0, 4) + "号";
        Api.Reply requested = api.post("/api/visits", family.token(), visitBody(family.child(), street, address,
                inDays(2), inDays(2).plusHours(2)));
        assertEquals(201, requested.status(), requested::toString);
        String visit = requested.json().getString("id");
        assertEquals("REQUESTED", requested.json().getString("state"));
        assertEquals(address, requested.json().getString("address"), "the family sees its own address");
        assertEquals(1, sessionsLeft(api, family.token(), family.child()), "the request reserved a session");

        TestDatabase.StoredVisit stored = TestDatabase.storedVisit(visit);
        assertFalse(stored.row().contains(address.substring(3)), "no plain address in the row");
        assertTrue(stored.addressCipher().length > 29, "the address is stored encrypted");
        assertFalse(new String(stored.addressCipher(), StandardCharsets.UTF_8).contains("示例路"));
        assertTrue(TestDatabase.migrationApplied("44.1"), "the Java migration that encrypts older addresses ran");
    }

    @Test
    void badVisitRequestsAreRefusedAndReserveNothing() {
        String parent = consentingResident(api);
        String child = registerChild(api, parent, 3, HAIMEN);
        String street = "海门街道-" + UUID.randomUUID().toString().substring(0, 8);
        assertProblem(api.post("/api/visits", parent, visitBody(child, street, "示例路1号", inDays(-2),
                inDays(-2).plusHours(1))), 422, "visit-time-in-past");
        assertProblem(api.post("/api/visits", parent, visitBody(child, street, "示例路1号", inDays(2),
                inDays(2).minusHours(1))), 422, "visit-window-invalid");
        OffsetDateTime farAway = OffsetDateTime.parse("9999-06-01T09:00:00+08:00");
        JsonObject tooFar = assertProblem(api.post("/api/visits", parent, visitBody(child, street, "示例路1号", farAway,
                farAway.plusHours(1))), 400, "validation");
        assertTrue(tooFar.getJsonArray("errors").toString().contains("preferredWindows[0].start"), tooFar::toString);
        assertProblem(api.post("/api/visits", parent, visitBody(child, street, "示例路1号", inDays(250),
                inDays(250).plusHours(1))), 400, "validation");
        JsonObject bidi = assertProblem(api.post("/api/visits", parent, visitBody(child, street, "示例路\u202E号1",
                inDays(2), inDays(2).plusHours(1))), 400, "validation");
        assertTrue(bidi.getJsonArray("errors").toString().contains("address"), bidi::toString);
        JsonObject missing = assertProblem(api.post("/api/visits", parent, """
                {"childId": "%s", "subDistrict": "%s", "preferredWindows": []}""".formatted(child, street)), 400);
        assertTrue(missing.toString().contains("address") && missing.toString().contains("preferredWindows"),
                missing::toString);
        assertProblem(api.post("/api/visits", consentingResident(api), visitBody(child, street, "示例路1号",
                inDays(2), inDays(2).plusHours(1))), 404, "child-not-found");
        String toddler = registerChild(api, parent, 20, HAIMEN);
        assertProblem(api.post("/api/visits", parent, visitBody(toddler, street, "示例路1号", inDays(2),
                inDays(2).plusHours(1))), 422, "not-entitled");
        assertEquals(0, TestDatabase.homeVisitsIn(street));
        assertEquals(2, sessionsLeft(api, parent, child));
    }

    @Test
    void aChildHasOneOpenVisitAndTheFamilyMayCancelItBeforeItIsScheduled() {
        Visit visit = requestedVisit(api);
        String parent = visit.family().token();
        String child = visit.family().child();

        assertProblem(api.post("/api/visits", parent, visitBody(child, visit.street(), "示例路1号", inDays(3),
                inDays(3).plusHours(1))), 409, "visit-already-open");
        assertEquals(1, sessionsLeft(api, parent, child));
        assertProblem(api.post("/api/visits/" + visit.id() + "/confirmation", parent, ""), 409,
                "visit-state-conflict");
        Api.Reply cancelled = api.delete("/api/visits/" + visit.id(), parent);
        assertEquals("CANCELLED", ok(cancelled).json().getString("state"));
        assertEquals(2, sessionsLeft(api, parent, child), "cancelling gave the session back");
        assertProblem(api.delete("/api/visits/" + visit.id(), parent), 409, "visit-state-conflict");
    }

    // ---- the staff side -----------------------------------------------------------------------------------------

    @Test
    void theAddressIsShownToTheCoordinatorTheAssigneeAndNoOtherColleague() {
        Visit visit = requestedVisit(api);
        String colleague = TestTokens.health(HAIMEN);
        String otherDistrict = health("coord-" + UUID.randomUUID(), ZHANGWAN, true);

        JsonObject seenByColleague = ok(api.get("/api/staff/visits/" + visit.id(), colleague)).json();
        assertEquals("REQUESTED", seenByColleague.getString("state"));
        assertTrue(absent(seenByColleague, "address"), "not assigned, not coordinator: no address");
        assertTrue(seenByColleague.getString("maskedName").contains("*"));
        assertEquals(visit.address(), ok(api.get("/api/staff/visits/" + visit.id(), visit.coordinator())).json()
                .getString("address"));
        assertProblem(api.get("/api/staff/visits/" + visit.id(), otherDistrict), 404, "visit-not-found");
        assertProblem(api.get("/api/staff/visits/" + visit.id(), visit.family().token()), 403);

        ok(api.put("/api/staff/visits/" + visit.id() + "/assignee", visit.coordinator(),
                assigneeBody(visit.staffId())));
        assertEquals(visit.address(), ok(api.get("/api/staff/visits/" + visit.id(), visit.staff())).json()
                .getString("address"), "the assignee sees the address");
        assertTrue(absent(ok(api.get("/api/staff/visits/" + visit.id(), colleague)).json(), "address"));
    }

    @Test
    void theCoordinatorAssignsAVisitToKnownStaffOfTheDistrictOnly() {
        Visit visit = requestedVisit(api);
        String coordinator = visit.coordinator();
        String otherDistrict = health("coord-" + UUID.randomUUID(), ZHANGWAN, true);
        String elsewhereId = "health-" + UUID.randomUUID();
        known(api, health(elsewhereId, ZHANGWAN, false));
        String assignee = "/api/staff/visits/" + visit.id() + "/assignee";

        assertProblem(api.put(assignee, visit.staff(), assigneeBody(visit.staffId())), 403, "coordinator-required");
        assertProblem(api.put(assignee, otherDistrict, assigneeBody(visit.staffId())), 404, "visit-not-found");
        assertProblem(api.put("/api/staff/visits/" + visit.id() + "/schedule", coordinator,
                windowBody(inDays(3), inDays(3).plusHours(1))), 409, "visit-state-conflict");
        // the assignee is picked from the district's staff: a typed name or another district's staff are refused
        JsonArray members = ok(api.get("/api/staff/members", coordinator)).array();
        JsonObject member = members.stream().map(v -> v.asJsonObject())
                .filter(m -> m.getString("subject").equals(visit.staffId())).findFirst().orElseThrow();
        assertEquals("医生 " + visit.staffId(), member.getString("name"));
        assertTrue(members.stream().noneMatch(m -> m.asJsonObject().getString("subject").equals(elsewhereId)),
                "staff of another district are not listed");
        assertProblem(api.get("/api/staff/members", visit.staff()), 403, "coordinator-required");
        assertProblem(api.get("/api/staff/members", visit.family().token()), 403);
        assertNames(assertProblem(api.put(assignee, coordinator, assigneeBody("张医生")), 422, "unknown-assignee"),
                "assignee");
        assertProblem(api.put(assignee, coordinator, assigneeBody(elsewhereId)), 422, "unknown-assignee");
        assertEquals("REQUESTED", ok(api.get("/api/staff/visits/" + visit.id(), coordinator)).json()
                .getString("state"), "a refused assignment leaves the visit unassigned");

        Api.Reply assigned = api.put(assignee, coordinator, assigneeBody(visit.staffId()));
        assertEquals("ASSIGNED", assigned.json().getString("state"), assigned::toString);
    }

    @Test
    void theAssigneeSchedulesTheVisitAheadAndTheFamilySeesTheTime() {
        Visit visit = assignedVisit(api);
        String schedule = "/api/staff/visits/" + visit.id() + "/schedule";

        assertProblem(api.put(schedule, TestTokens.health(HAIMEN), windowBody(inDays(3), inDays(3).plusHours(1))),
                403, "not-assigned-staff");
        assertProblem(api.put(schedule, visit.staff(), windowBody(inDays(-1), inDays(-1).plusHours(1))), 422,
                "visit-time-in-past");
        OffsetDateTime at = inDays(3);
        Api.Reply scheduled = api.put(schedule, visit.staff(), windowBody(at, at.plusHours(1)));
        assertEquals("SCHEDULED", scheduled.json().getString("state"), scheduled::toString);

        JsonObject mine = ok(api.get("/api/visits", visit.family().token())).array().getJsonObject(0);
        assertEquals("SCHEDULED", mine.getString("state"));
        assertEquals(at.toInstant(), OffsetDateTime.parse(mine.getJsonObject("scheduled").getString("start"))
                .toInstant());
        assertProblem(api.post("/api/visits/" + visit.id() + "/confirmation", consentingResident(api), ""), 404,
                "visit-not-found");
    }

    @Test
    void theFamilyConfirmsOrAsksForAnotherTimeAndANewTimeNeedsANewAnswer() {
        Visit visit = scheduledVisit(api);
        String parent = visit.family().token();

        assertEquals("CONFIRMED", ok(api.post("/api/visits/" + visit.id() + "/confirmation", parent, ""))
                .json().getString("familyResponse"));
        Api.Reply asked = api.post("/api/visits/" + visit.id() + "/reschedule-request", parent, """
                {"note": "周末更方便"}""");
        assertEquals("RESCHEDULE_REQUESTED", ok(asked).json().getString("familyResponse"));
        assertEquals("周末更方便", ok(api.get("/api/staff/visits/" + visit.id(), visit.staff())).json()
                .getString("familyNote"));
        OffsetDateTime later = visit.scheduledAt().plusDays(2);
        Api.Reply rescheduled = api.put("/api/staff/visits/" + visit.id() + "/schedule", visit.staff(),
                windowBody(later, later.plusHours(1)));
        assertTrue(absent(ok(rescheduled).json(), "familyResponse"), "a new time needs a new answer");
    }

    @Test
    void aDoneVisitRecordsItsTopicsAndConsumesTheReservedSession() {
        Visit visit = scheduledVisit(api);
        String parent = visit.family().token();
        String child = visit.family().child();
        String outcome = "/api/staff/visits/" + visit.id() + "/outcome";

        assertProblem(api.put(outcome, health("coord-" + UUID.randomUUID(), ZHANGWAN, true), outcomeBody("DONE",
                "喂养")), 404, "visit-not-found");
        assertProblem(api.put(outcome, visit.staff(), """
                {"outcome": "DONE"}"""), 422, "visit-topics-required");
        assertProblem(api.put(outcome, visit.staff(), """
                {"outcome": "LOST"}"""), 400);
        assertEquals("SCHEDULED", ok(api.get("/api/staff/visits/" + visit.id(), visit.staff())).json()
                .getString("state"), "nothing changed");
        assertEquals(1, sessionsLeft(api, parent, child), "nothing changed");

        Api.Reply done = api.put(outcome, visit.staff(), outcomeBody("DONE", "喂养", "睡眠"));
        assertEquals("DONE", ok(done).json().getString("state"));
        assertEquals(List.of("喂养", "睡眠"), done.json().getJsonArray("topics").getValuesAs(JsonString.class)
                .stream().map(JsonString::getString).toList());
        assertEquals(1, sessionsLeft(api, parent, child), "done consumed the reserved session");
        assertEquals(1, TestDatabase.entitlementEntriesByReason(child, "HOME_VISIT", "CONSUMED"));
        assertProblem(api.put(outcome, visit.staff(), outcomeBody("DECLINED")), 409, "visit-state-conflict");
        assertProblem(api.post("/api/visits/" + visit.id() + "/confirmation", parent, ""), 409,
                "visit-state-conflict");
    }

    // ---- the family's calendar ----------------------------------------------------------------------------------

    @Test
    void aResidentsClassesAndVisitsComeAsAnICalendarFeedInChinaTime() throws Exception {
        Family family = family(api, HAIMEN, 5);
        String parent = family.token();
        OffsetDateTime classStart = inDays(6).withHour(9).withMinute(30);
        book(api, family, publishAt(api, HAIMEN, 5, classStart, classStart.plusMinutes(90)));
        String visit = created(api.post("/api/visits", parent, visitBody(family.child(), "三星镇", "示例路9号",
                inDays(2), inDays(2).plusHours(1))));
        String staffId = "health-" + UUID.randomUUID();
        known(api, health(staffId, HAIMEN, false));
        ok(api.put("/api/staff/visits/" + visit + "/assignee", health("c-" + UUID.randomUUID(), HAIMEN, true),
                assigneeBody(staffId)));
        OffsetDateTime visitAt = inDays(4).withHour(15).withMinute(0);
        ok(api.put("/api/staff/visits/" + visit + "/schedule", health(staffId, HAIMEN, false),
                windowBody(visitAt, visitAt.plusHours(1))));

        HttpResponse<byte[]> feed = download(api, "/api/calendar/guidance.ics", parent, "text/calendar");
        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("content-type").orElseThrow().startsWith("text/calendar"));
        String ics = new String(feed.body(), StandardCharsets.UTF_8);
        assertTrue(ics.contains("TZID:Asia/Shanghai"), ics);
        assertTrue(ics.contains("DTSTART;TZID=Asia/Shanghai:" + classStart.format(
                DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm")) + "00"), ics);
        ICalendar calendar = Biweekly.parse(ics).first();
        assertNotNull(calendar);
        List<VEvent> events = calendar.getEvents();
        assertEquals(2, events.size(), ics);
        VEvent lesson = events.stream().filter(e -> e.getSummary().getValue().startsWith("家长课堂")).findFirst()
                .orElseThrow();
        assertEquals(classStart.toInstant(), lesson.getDateStart().getValue().toInstant());
        assertEquals(classStart.plusMinutes(90).toInstant(), lesson.getDateEnd().getValue().toInstant());
        VEvent home = events.stream().filter(e -> e.getSummary().getValue().equals("入户指导")).findFirst()
                .orElseThrow();
        assertEquals(visitAt.toInstant(), home.getDateStart().getValue().toInstant());
        assertFalse(ics.contains("示例路9号"), "no address in the feed");
        assertEquals(401, download(api, "/api/calendar/guidance.ics", null, "text/calendar").statusCode());

        // a calendar app subscribes with the secret URL, no login
        Api.Reply subscribed = api.post("/api/calendar/subscriptions", parent, "");
        assertEquals(201, subscribed.status(), subscribed::toString);
        String url = subscribed.json().getString("url");
        assertEquals(url, subscribed.header("Location"));
        String path = URI.create(url).getPath();
        HttpResponse<byte[]> viaLink = download(api, path, null, "text/calendar");
        assertEquals(200, viaLink.statusCode());
        assertEquals(2, Biweekly.parse(new String(viaLink.body(), StandardCharsets.UTF_8)).first().getEvents()
                .size());
        assertEquals(1, TestDatabase.calendarFeedsOfTheGuardianOf(family.child()),
                "one subscription per resident, hashed");
        String renewed = URI.create(api.post("/api/calendar/subscriptions", parent, "").json().getString("url"))
                .getPath();
        assertEquals(200, download(api, renewed, null, "text/calendar").statusCode());
        assertProblem(calendarApp(path), 404, "calendar-feed-not-found");
        assertProblem(calendarApp("/api/calendar/feeds/not-a-token.ics"), 400);
        assertProblem(api.post("/api/calendar/subscriptions", null, ""), 401);
    }

    /** What a calendar app sends: no login, iCalendar or a problem accepted. */
    private Api.Reply calendarApp(String path) {
        return api.send(api.request(path, null).setHeader("Accept", "text/calendar, application/problem+json")
                .GET());
    }
}
