package cn.tuoyu.guidance;

import static cn.tuoyu.families.FamilyFixtures.consentingResident;
import static cn.tuoyu.families.FamilyFixtures.registerChild;
import static cn.tuoyu.guidance.GuidanceFixtures.ABSENT;
import static cn.tuoyu.guidance.GuidanceFixtures.ATTENDED;
import static cn.tuoyu.guidance.GuidanceFixtures.HAIMEN;
import static cn.tuoyu.guidance.GuidanceFixtures.ZHANGWAN;
import static cn.tuoyu.guidance.GuidanceFixtures.actions;
import static cn.tuoyu.guidance.GuidanceFixtures.book;
import static cn.tuoyu.guidance.GuidanceFixtures.booking;
import static cn.tuoyu.guidance.GuidanceFixtures.childBody;
import static cn.tuoyu.guidance.GuidanceFixtures.classBody;
import static cn.tuoyu.guidance.GuidanceFixtures.closeBookings;
import static cn.tuoyu.guidance.GuidanceFixtures.created;
import static cn.tuoyu.guidance.GuidanceFixtures.family;
import static cn.tuoyu.guidance.GuidanceFixtures.inDays;
import static cn.tuoyu.guidance.GuidanceFixtures.ok;
import static cn.tuoyu.guidance.GuidanceFixtures.publish;
import static cn.tuoyu.guidance.GuidanceFixtures.runConcurrently;
import static cn.tuoyu.guidance.GuidanceFixtures.seatsLeft;
import static cn.tuoyu.guidance.GuidanceFixtures.sessionsLeft;
import static cn.tuoyu.guidance.GuidanceFixtures.soon;
import static cn.tuoyu.guidance.GuidanceFixtures.startClass;
import static cn.tuoyu.guidance.GuidanceFixtures.tryBook;
import static cn.tuoyu.guidance.GuidanceFixtures.upcomingClasses;
import static cn.tuoyu.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import cn.tuoyu.guidance.GuidanceFixtures.Family;
import cn.tuoyu.testing.AgainstTheApp;
import cn.tuoyu.testing.Api;
import cn.tuoyu.testing.TestDatabase;
import cn.tuoyu.testing.TestTokens;

/**
 * Parent classes over real HTTP with each role: publishing, the bad-input table, booking and cancelling against the
 * family's yearly guidance sessions, the booking cutoff, attendance and the district's no-show rule, the 200-for-10
 * race, the demo classes and the OpenAPI document.
 */
class ParentClassesIT extends AgainstTheApp {

    static final String BOOKINGS = "/api/classes/%s/bookings";

    // ---- publishing ---------------------------------------------------------------------------------------------

    @Test
    void aPublishedClassIsListedForItsDistrictWithoutLogin() {
        String topic = "辅食添加-" + UUID.randomUUID();
        OffsetDateTime start = inDays(10);
        Api.Reply created = api.post("/api/staff/classes", TestTokens.health(HAIMEN), classBody(topic, start,
                start.plusHours(2), null, 12, 0, 12));
        assertEquals(201, created.status(), created::toString);
        JsonObject clazz = created.json();
        String id = clazz.getString("id");
        assertTrue(created.header("Location").endsWith("/api/classes/" + id), created.header("Location"));
        assertEquals(HAIMEN, clazz.getString("districtCode"));
        assertEquals(12, clazz.getInt("seatsLeft"));
        assertTrue(clazz.getString("startsAt").endsWith("+08:00"), "China time out: " + clazz);
        assertEquals(clazz.getString("startsAt"), clazz.getString("bookingCutoff"), "cutoff defaults to the start");

        Api.Reply one = api.get("/api/classes/" + id, null);
        assertEquals(200, one.status(), one::toString);
        assertEquals(topic, one.json().getString("topic"));
        assertTrue(upcomingClasses(api, null, "district=" + HAIMEN + "&size=100").stream()
                .anyMatch(c -> c.getString("id").equals(id)));
        assertFalse(upcomingClasses(api, null, "district=410302&size=100").stream()
                .anyMatch(c -> c.getString("id").equals(id)));
        assertProblem(api.get("/api/classes?district=12", null), 400);
        assertProblem(api.get("/api/classes/" + UUID.randomUUID(), null), 404, "class-not-found");
    }

    @Test
    void onlyHealthStaffPublishAndOnlyTheirDistrictsClassesAreTheirs() {
        OffsetDateTime start = inDays(10);
        String body = classBody("辅食添加-" + UUID.randomUUID(), start, start.plusHours(1), null, 5, 0, 12);
        assertProblem(api.post("/api/staff/classes", null, body), 401);
        assertProblem(api.post("/api/staff/classes", consentingResident(api), body), 403);
        String id = created(api.post("/api/staff/classes", TestTokens.health(HAIMEN), body));
        assertProblem(api.get("/api/staff/classes/" + id + "/attendees", TestTokens.health(ZHANGWAN)), 404,
                "class-not-found");
    }

    @Test
    void badClassesAreRefusedWithTheirReasonAndNothingIsPublished() {
        String staff = TestTokens.health(HAIMEN);
        String topic = "坏课-" + UUID.randomUUID();
        OffsetDateTime start = inDays(5);
        assertProblem(api.post("/api/staff/classes", staff, classBody(topic, inDays(-1), inDays(-1).plusHours(1), null,
                10, 0, 12)), 422, "class-in-past");
        assertProblem(api.post("/api/staff/classes", staff, classBody(topic, start, start.minusHours(1), null, 10, 0,
                12)), 422, "class-ends-before-start");
        assertProblem(api.post("/api/staff/classes", staff, classBody(topic, start, start.plusHours(1),
                start.plusMinutes(5), 10, 0, 12)), 422, "class-cutoff-after-start");
        assertProblem(api.post("/api/staff/classes", staff, classBody(topic, start, start.plusHours(1), null, 10, 12,
                6)), 422, "class-age-band-invalid");
        for (int capacity : new int[] {0, -5}) {
            JsonObject problem = assertProblem(api.post("/api/staff/classes", staff, classBody(topic, start,
                    start.plusHours(1), null, capacity, 0, 12)), 400);
            assertEquals("capacity", problem.getJsonArray("errors").getJsonObject(0).getString("field"),
                    problem::toString);
        }
        JsonObject missing = assertProblem(api.post("/api/staff/classes", staff, """
                {"topic": ""}"""), 400);
        assertTrue(missing.getJsonArray("errors").size() >= 4, missing::toString);
        assertEquals(0, TestDatabase.classesWithTopic(topic));
    }

    /** A class's dates are judged by the app's clock, the one its rules read: "a year ahead" counts from that now. */
    @Test
    void classDatesAreCheckedAgainstTheAppsClock() {
        String staff = TestTokens.health(HAIMEN);
        OffsetDateTime tomorrow = inDays(1);
        OffsetDateTime farAhead = inDays(390);
        String topic = "远期课-" + UUID.randomUUID();
        assertProblem(api.post("/api/staff/classes", staff, classBody(topic, farAhead, farAhead.plusHours(1), null, 5,
                0, 12)), 400);

        clock.advance(Duration.ofDays(30));
        assertEquals(201, api.post("/api/staff/classes", staff, classBody(topic, farAhead, farAhead.plusHours(1), null,
                5, 0, 12)).status(), "within a year of the app's now");
        JsonObject past = assertProblem(api.post("/api/staff/classes", staff, classBody(topic, tomorrow,
                tomorrow.plusHours(1), null, 5, 0, 12)), 400);
        assertTrue(past.getJsonArray("errors").stream().anyMatch(e -> e.asJsonObject().getString("field")
                .equals("startsAt")), past::toString);
        assertEquals(1, TestDatabase.classesWithTopic(topic));
    }

    // ---- booking and cancelling ---------------------------------------------------------------------------------

    @Test
    void aBookingReservesOneGuidanceSessionAndOneSeatOnce() {
        Family family = family(api, HAIMEN, 6);
        String clazz = publish(api, HAIMEN, 5, 0, 12, inDays(8));

        Api.Reply booked = api.post(BOOKINGS.formatted(clazz), family.token(), childBody(family.child()));
        assertEquals(201, booked.status(), booked::toString);
        JsonObject booking = booked.json();
        assertEquals("BOOKED", booking.getString("state"));
        assertTrue(booked.header("Location").endsWith("/api/bookings/" + booking.getString("id")));
        assertEquals(1, sessionsLeft(api, family.token(), family.child()));
        assertEquals(4, seatsLeft(api, clazz));
        assertEquals(1, ok(api.get("/api/bookings", family.token())).array().size());

        assertProblem(api.post(BOOKINGS.formatted(clazz), family.token(), childBody(family.child())), 409,
                "child-already-booked");
        assertEquals(1, sessionsLeft(api, family.token(), family.child()), "nothing changed");
        assertEquals(4, seatsLeft(api, clazz), "nothing changed");
    }

    @Test
    void strangersAndBadBookingRequestsAreRefused() {
        Family family = family(api, HAIMEN, 6);
        String clazz = publish(api, HAIMEN, 5, 0, 12, inDays(8));
        String booking = book(api, family, clazz);

        String stranger = consentingResident(api);
        assertProblem(api.delete("/api/bookings/" + booking, stranger), 404, "booking-not-found");
        assertProblem(api.post(BOOKINGS.formatted(clazz), stranger, childBody(family.child())), 404,
                "child-not-found");
        assertProblem(api.post(BOOKINGS.formatted(clazz), family.token(), "{}"), 400);
        assertProblem(api.post(BOOKINGS.formatted(UUID.randomUUID()), family.token(), childBody(family.child())),
                404, "class-not-found");
    }

    @Test
    void cancellingGivesTheSessionAndTheSeatBackOnce() {
        Family family = family(api, HAIMEN, 6);
        String clazz = publish(api, HAIMEN, 5, 0, 12, inDays(8));
        String booking = book(api, family, clazz);

        Api.Reply cancelled = api.delete("/api/bookings/" + booking, family.token());
        assertEquals(200, cancelled.status(), cancelled::toString);
        assertEquals("CANCELLED", cancelled.json().getString("state"));
        assertEquals(2, sessionsLeft(api, family.token(), family.child()));
        assertEquals(5, seatsLeft(api, clazz));
        assertProblem(api.delete("/api/bookings/" + booking, family.token()), 409, "booking-not-active");
        assertEquals(1, TestDatabase.releasedEntries(family.child(), "CANCELLATION"));

        Api.Reply again = api.post(BOOKINGS.formatted(clazz), family.token(), childBody(family.child()));
        assertEquals(201, again.status(), "a cancelled seat can be booked again: " + again);
    }

    @Test
    void childrenOutsideTheBandWithoutEntitlementOrFromElsewhereAreRefused() {
        String parent = consentingResident(api);
        String toddler = registerChild(api, parent, 20, HAIMEN);
        String elsewhere = registerChild(api, parent, 4, ZHANGWAN);
        String forInfants = publish(api, HAIMEN, 5, 0, 12, inDays(6));
        String forToddlers = publish(api, HAIMEN, 5, 13, 36, inDays(6));

        assertProblem(api.post(BOOKINGS.formatted(forInfants), parent, childBody(toddler)), 422,
                "child-outside-age-band");
        assertProblem(api.post(BOOKINGS.formatted(forToddlers), parent, childBody(toddler)), 422, "not-entitled");
        assertProblem(api.post(BOOKINGS.formatted(forInfants), parent, childBody(elsewhere)), 422,
                "class-in-other-district");
        assertEquals(5, seatsLeft(api, forInfants));
        assertEquals(5, seatsLeft(api, forToddlers));
    }

    @Test
    void aThirdBookingInTheYearIsRefusedAndTakesNoSeat() {
        Family family = family(api, HAIMEN, 4);
        assertEquals(201, api.post(BOOKINGS.formatted(publish(api, HAIMEN, 5, 0, 12, inDays(6))), family.token(),
                childBody(family.child())).status());
        assertEquals(201, api.post(BOOKINGS.formatted(publish(api, HAIMEN, 5, 0, 12, inDays(7))), family.token(),
                childBody(family.child())).status());
        String third = publish(api, HAIMEN, 5, 0, 12, inDays(9));
        assertProblem(api.post(BOOKINGS.formatted(third), family.token(), childBody(family.child())), 422,
                "entitlement-exhausted");
        assertEquals(5, seatsLeft(api, third), "the refused booking took no seat");
        assertEquals(0, TestDatabase.bookings(third));
    }

    @Test
    void afterTheCutoffNobodyBooksOrCancels() {
        String parent = consentingResident(api);
        String booked = registerChild(api, parent, 4, HAIMEN);
        String late = registerChild(api, parent, 5, HAIMEN);
        String clazz = publish(api, HAIMEN, 5, 0, 12, inDays(7), soon());
        String booking = created(api.post(BOOKINGS.formatted(clazz), parent, childBody(booked)));

        closeBookings(api, clock, clazz);
        assertProblem(api.post(BOOKINGS.formatted(clazz), parent, childBody(late)), 422, "booking-closed");
        String listed = ok(api.get("/api/bookings", parent)).array().stream().map(JsonValue::asJsonObject)
                .filter(b -> b.getString("classId").equals(clazz)).findFirst().orElseThrow().getString("id");
        assertEquals(booking, listed);
        assertProblem(api.delete("/api/bookings/" + booking, parent), 422, "cancellation-closed");
    }

    // ---- attendance ---------------------------------------------------------------------------------------------

    @Test
    void attendanceIsRecordedOnceTheClassBeganByStaffOfItsDistrict() {
        String staff = TestTokens.health(HAIMEN);
        Family family = family(api, HAIMEN, 6);
        String clazz = publish(api, HAIMEN, 5, 0, 12, soon());
        String booking = book(api, family, clazz);
        String path = "/api/staff/classes/" + clazz + "/bookings/" + booking + "/attendance";

        assertProblem(api.put(path, staff, ATTENDED), 422, "class-not-started");
        startClass(api, clock, clazz);
        assertProblem(api.put(path, TestTokens.health(ZHANGWAN), ATTENDED), 404, "class-not-found");
        assertProblem(api.put(path, family.token(), ATTENDED), 403);
        assertProblem(api.put(path, staff, "{}"), 400);

        JsonArray attendees = ok(api.get("/api/staff/classes/" + clazz + "/attendees", staff)).array();
        assertEquals(1, attendees.size());
        assertTrue(attendees.getJsonObject(0).getString("maskedName").contains("*"), attendees::toString);
        assertEquals(1, sessionsLeft(api, family.token(), family.child()), "still reserved");
    }

    @Test
    void attendanceConsumesTheSessionAndANoShowCountsAsUsedByDefault() {
        String staff = TestTokens.health(HAIMEN);
        String parent = consentingResident(api);
        String came = registerChild(api, parent, 6, HAIMEN);
        String stayedAway = registerChild(api, parent, 7, HAIMEN);
        String clazz = publish(api, HAIMEN, 5, 0, 12, soon());
        String attended = created(api.post(BOOKINGS.formatted(clazz), parent, childBody(came)));
        String noShow = created(api.post(BOOKINGS.formatted(clazz), parent, childBody(stayedAway)));
        startClass(api, clock, clazz);
        String attendance = "/api/staff/classes/" + clazz + "/bookings/%s/attendance";

        JsonArray attendees = ok(api.get("/api/staff/classes/" + clazz + "/attendees", staff)).array();
        assertEquals(2, attendees.size());
        Api.Reply yes = api.put(attendance.formatted(attended), staff, ATTENDED);
        assertEquals(200, yes.status(), yes::toString);
        assertEquals("ATTENDED", yes.json().getString("state"));
        Api.Reply no = api.put(attendance.formatted(noShow), staff, ABSENT);
        assertEquals("NO_SHOW", no.json().getString("state"), no::toString);
        assertEquals(1, sessionsLeft(api, parent, came));
        assertEquals(1, sessionsLeft(api, parent, stayedAway), "default rule: a no-show counts as used");
        assertEquals(2, TestDatabase.entitlementEntries(List.of(came, stayedAway), "CONSUMED"));
        assertProblem(api.put(attendance.formatted(attended), staff, ABSENT), 409, "booking-not-active");
        assertEquals(1, TestDatabase.accessLogEntries(came, "CLASS_ATTENDANCE"));
    }

    @Test
    void aDistrictMayGiveANoShowsSessionBack() {
        // 茅箭区 chose to give a no-show's session back
        String releasing = "420302";
        TestDatabase.giveBackNoShowSessions(releasing);
        Family family = family(api, releasing, 6);
        String there = publish(api, releasing, 5, 0, 12, soon());
        String booking = book(api, family, there);
        assertEquals(1, sessionsLeft(api, family.token(), family.child()));
        startClass(api, clock, there);
        assertEquals(200, api.put("/api/staff/classes/" + there + "/bookings/" + booking + "/attendance",
                TestTokens.health(releasing), ABSENT).status());
        assertEquals(2, sessionsLeft(api, family.token(), family.child()),
                "this district's rule: a no-show gives the session back");
        assertEquals(1, TestDatabase.releasedEntries(family.child(), "NO_SHOW"));
    }

    // ---- the race -----------------------------------------------------------------------------------------------

    @Test
    void twoHundredConcurrentBookingsForTenSeatsYieldExactlyTen() throws Exception {
        String district = "410302";
        String parent = consentingResident(api);
        List<String> children = Collections.synchronizedList(new ArrayList<>());
        ExecutorService registration = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                done.add(registration.submit(() -> children.add(registerChild(api, parent, 5, district))));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            registration.shutdownNow();
        }
        String clazz = publish(api, district, 10, 0, 12, inDays(12));

        List<Integer> statuses = runConcurrently(children.stream().map(child -> (Callable<Integer>) () -> api.send(
                api.request(BOOKINGS.formatted(clazz), parent).timeout(Duration.ofMinutes(4))
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(childBody(child))))
                .status())
                .toList());

        assertEquals(10, statuses.stream().filter(s -> s == 201).count(), statuses::toString);
        assertEquals(190, statuses.stream().filter(s -> s == 409).count(), statuses::toString);
        assertEquals(10, TestDatabase.bookings(clazz, "BOOKED"));
        assertEquals(10, TestDatabase.seatsTaken(clazz));
        assertEquals(10, TestDatabase.classReservationsOfTheBookingGuardian(clazz));
        assertEquals(0, seatsLeft(api, clazz));
    }

    // ---- demo data and the API document -------------------------------------------------------------------------

    @Test
    void demoClassesLoadTwiceInTheComingWeeksAndTakeBookings() {
        Path demoScript = Path.of("src/main/resources/db/demo/R__demo_guidance.sql");
        TestDatabase.runScript(demoScript);
        TestDatabase.runScript(demoScript);
        List<JsonObject> listed = upcomingClasses(api, null, "district=" + HAIMEN + "&size=100");
        List<JsonObject> demo = listed.stream()
                .filter(c -> c.getString("id").startsWith("00000000-0000-4000-8000-0000000c1a0")).toList();
        assertEquals(3, demo.size(), listed::toString);
        for (JsonObject c : demo) {
            OffsetDateTime start = OffsetDateTime.parse(c.getString("startsAt"));
            assertTrue(start.isAfter(OffsetDateTime.now()) && start.isBefore(OffsetDateTime.now().plusDays(30)),
                    c::toString);
            assertTrue(c.getString("topic").contains("演示"));
        }
        assertEquals("09:30", OffsetDateTime.parse(demo.stream().filter(c -> c.getString("id").endsWith("c1a01"))
                .findFirst().orElseThrow().getString("startsAt")).toLocalTime().toString());
        book(api, family(api, HAIMEN, 4), "00000000-0000-4000-8000-0000000c1a01");
    }

    // ---- what a booking and an attendee offer: the actions the server sends ---------------------------------------

    @Test
    void aBookingOffersItsFamilyCancellingUntilTheCutoffOnly() {
        Family family = family(api, HAIMEN, 6);
        String clazz = publish(api, HAIMEN, 5, 0, 12, inDays(8), soon());
        Api.Reply booked = tryBook(api, family.token(), clazz, family.child());
        assertEquals(201, booked.status(), booked::toString);
        assertEquals(List.of("CANCEL"), actions(booked.json()), booked::toString);
        String id = booked.json().getString("id");
        assertEquals(List.of("CANCEL"), actions(booking(api, family.token(), id)));

        closeBookings(api, clock, clazz);
        assertEquals(List.of(), actions(booking(api, family.token(), id)), "past the cutoff nothing is offered");
        assertProblem(api.delete("/api/bookings/" + id, family.token()), 422, "cancellation-closed");
    }

    @Test
    void aCancelledBookingOffersNothing() {
        Family family = family(api, HAIMEN, 6);
        String id = book(api, family, publish(api, HAIMEN, 5, 0, 12, inDays(8)));
        Api.Reply cancelled = ok(api.delete("/api/bookings/" + id, family.token()));
        assertEquals(List.of(), actions(cancelled.json()), cancelled::toString);
        assertEquals(List.of(), actions(booking(api, family.token(), id)));
    }

    @Test
    void attendeesOfferStaffAttendanceOnlyOnceTheClassHasStartedAndOnlyOnce() {
        String staff = TestTokens.health(HAIMEN);
        Family family = family(api, HAIMEN, 6);
        String clazz = publish(api, HAIMEN, 5, 0, 12, soon());
        String id = book(api, family, clazz);
        String attendees = "/api/staff/classes/" + clazz + "/attendees";
        assertEquals(List.of(), actions(ok(api.get(attendees, staff)).array().getJsonObject(0)),
                "nothing to record before the class starts");

        startClass(api, clock, clazz);
        assertEquals(List.of("ATTENDED", "NO_SHOW"), actions(ok(api.get(attendees, staff)).array().getJsonObject(0)));
        assertEquals(200, api.put("/api/staff/classes/" + clazz + "/bookings/" + id + "/attendance", staff, ATTENDED)
                .status());
        assertEquals(List.of(), actions(ok(api.get(attendees, staff)).array().getJsonObject(0)), "recorded once");
        assertEquals(List.of(), actions(booking(api, family.token(), id)), "an attended booking cannot be cancelled");
    }

    @Test
    void theOpenApiDocumentListsTheGuidanceEndpoints() {
        Api.Reply openapi = api.send(api.request("/openapi", null).setHeader("Accept", "text/plain").GET());
        assertEquals(200, openapi.status(), openapi::toString);
        for (String path : List.of("/api/classes:", "/api/classes/{id}/bookings:", "/api/staff/classes:",
                "/api/waitlist/{id}/acceptance:", "/api/visits:", "/api/staff/visits:", "/api/staff/visits/due:",
                "/api/staff/visits/export:", "/api/staff/visits/{id}/outcome:", "/api/calendar/guidance.ics:",
                "/api/calendar/subscriptions:")) {
            assertTrue(openapi.body().contains(path), path);
        }
    }
}
