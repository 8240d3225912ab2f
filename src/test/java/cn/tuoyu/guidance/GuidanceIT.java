package cn.tuoyu.guidance;

import static cn.tuoyu.families.FamilyFixtures.consentingResident;
import static cn.tuoyu.families.FamilyFixtures.registerChild;
import static cn.tuoyu.testing.Problems.assertNames;
import static cn.tuoyu.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;

import cn.tuoyu.testing.AgainstTheApp;
import cn.tuoyu.testing.Api;
import cn.tuoyu.testing.IntegrationEnvironment;
import cn.tuoyu.testing.Invariants;
import cn.tuoyu.testing.TestTokens;

/**
 * Parent classes, bookings, waitlist offers, home visits and the roster over real HTTP with each role, against the
 * real database: every transition, the bad-input table, the 200-for-10 race, and the CSV and iCalendar exports read
 * back by their libraries.
 */
class GuidanceIT extends AgainstTheApp {

    static final String HAIMEN = "320614";
    static final String ZHANGWAN = "420303";
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    // ---- classes ------------------------------------------------------------------------------------------------

    @Test
    void staffPublishClassesThatAnyoneListsWithoutLogin() {
        String staff = TestTokens.health(HAIMEN);
        String topic = "辅食添加-" + UUID.randomUUID();
        OffsetDateTime start = inDays(10);
        Api.Reply created = api.post("/api/staff/classes", staff, classJson(topic, start, start.plusHours(2), null, 12,
                0, 12));
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
        JsonArray listed = ok(api.get("/api/classes?district=" + HAIMEN + "&size=100", null)).array();
        assertTrue(listed.stream().anyMatch(c -> c.asJsonObject().getString("id").equals(id)), listed::toString);
        assertFalse(ok(api.get("/api/classes?district=410302&size=100", null)).array().stream()
                .anyMatch(c -> c.asJsonObject().getString("id").equals(id)));
        assertProblem(api.get("/api/classes?district=12", null), 400);
        assertProblem(api.get("/api/classes/" + UUID.randomUUID(), null), 404, "class-not-found");

        assertProblem(api.post("/api/staff/classes", null, classJson(topic, start, start.plusHours(1), null, 5, 0,
                12)), 401);
        assertProblem(api.post("/api/staff/classes", consentingResident(api), classJson(topic, start,
                start.plusHours(1), null, 5, 0, 12)), 403);
        assertProblem(api.get("/api/staff/classes/" + id + "/attendees", TestTokens.health(ZHANGWAN)), 404,
                "class-not-found");
    }

    @Test
    void badClassesAreRefusedWithTheirReasonAndNothingIsPublished() throws SQLException {
        String staff = TestTokens.health(HAIMEN);
        String topic = "坏课-" + UUID.randomUUID();
        OffsetDateTime start = inDays(5);
        assertProblem(api.post("/api/staff/classes", staff, classJson(topic, inDays(-1), inDays(-1).plusHours(1), null,
                10, 0, 12)), 422, "class-in-past");
        assertProblem(api.post("/api/staff/classes", staff, classJson(topic, start, start.minusHours(1), null, 10, 0,
                12)), 422, "class-ends-before-start");
        assertProblem(api.post("/api/staff/classes", staff, classJson(topic, start, start.plusHours(1),
                start.plusMinutes(5), 10, 0, 12)), 422, "class-cutoff-after-start");
        assertProblem(api.post("/api/staff/classes", staff, classJson(topic, start, start.plusHours(1), null, 10, 12,
                6)), 422, "class-age-band-invalid");
        for (int capacity : new int[] {0, -5}) {
            JsonObject problem = assertProblem(api.post("/api/staff/classes", staff, classJson(topic, start,
                    start.plusHours(1), null, capacity, 0, 12)), 400);
            assertEquals("capacity", problem.getJsonArray("errors").getJsonObject(0).getString("field"),
                    problem::toString);
        }
        JsonObject missing = assertProblem(api.post("/api/staff/classes", staff, "{\"topic\":\"\"}"), 400);
        assertTrue(missing.getJsonArray("errors").size() >= 4, missing::toString);
        assertEquals(0, count("SELECT count(*) FROM parent_classes WHERE topic = '" + topic + "'"));
    }

    @Test
    void aBookingReservesOneGuidanceSessionAndCancellingGivesItBack() throws SQLException {
        String parent = consentingResident(api);
        String child = registerChild(api, parent, 6, HAIMEN);
        String clazz = publish(HAIMEN, 5, 0, 12, inDays(8));

        Api.Reply booked = api.post("/api/classes/" + clazz + "/bookings", parent, childJson(child));
        assertEquals(201, booked.status(), booked::toString);
        JsonObject booking = booked.json();
        assertEquals("BOOKED", booking.getString("state"));
        assertTrue(booked.header("Location").endsWith("/api/bookings/" + booking.getString("id")));
        assertEquals(1, remaining(parent, child));
        assertEquals(4, seatsLeft(clazz));
        assertEquals(1, ok(api.get("/api/bookings", parent)).array().size());

        assertProblem(api.post("/api/classes/" + clazz + "/bookings", parent, childJson(child)), 409,
                "child-already-booked");
        assertEquals(1, remaining(parent, child), "nothing changed");
        assertEquals(4, seatsLeft(clazz), "nothing changed");

        String stranger = consentingResident(api);
        assertProblem(api.delete("/api/bookings/" + booking.getString("id"), stranger), 404, "booking-not-found");
        assertProblem(api.post("/api/classes/" + clazz + "/bookings", stranger, childJson(child)), 404,
                "child-not-found");
        assertProblem(api.post("/api/classes/" + clazz + "/bookings", parent, "{}"), 400);
        assertProblem(api.post("/api/classes/" + UUID.randomUUID() + "/bookings", parent, childJson(child)), 404,
                "class-not-found");

        Api.Reply cancelled = api.delete("/api/bookings/" + booking.getString("id"), parent);
        assertEquals(200, cancelled.status(), cancelled::toString);
        assertEquals("CANCELLED", cancelled.json().getString("state"));
        assertEquals(2, remaining(parent, child));
        assertEquals(5, seatsLeft(clazz));
        assertProblem(api.delete("/api/bookings/" + booking.getString("id"), parent), 409, "booking-not-active");
        assertEquals(1, count("SELECT count(*) FROM entitlement_entries WHERE child_id = '" + child
                + "' AND state = 'RELEASED' AND release_reason = 'CANCELLATION'"));

        Api.Reply again = api.post("/api/classes/" + clazz + "/bookings", parent, childJson(child));
        assertEquals(201, again.status(), "a cancelled seat can be booked again: " + again);
    }

    @Test
    void childrenOutsideTheBandOrWithoutSessionsLeftOrFromElsewhereAreRefused() throws SQLException {
        String parent = consentingResident(api);
        String infant = registerChild(api, parent, 4, HAIMEN);
        String toddler = registerChild(api, parent, 20, HAIMEN);
        String elsewhere = registerChild(api, parent, 4, ZHANGWAN);
        String forInfants = publish(HAIMEN, 5, 0, 12, inDays(6));
        String forToddlers = publish(HAIMEN, 5, 13, 36, inDays(6));

        assertProblem(api.post("/api/classes/" + forInfants + "/bookings", parent, childJson(toddler)), 422,
                "child-outside-age-band");
        assertProblem(api.post("/api/classes/" + forToddlers + "/bookings", parent, childJson(toddler)), 422,
                "not-entitled");
        assertProblem(api.post("/api/classes/" + forInfants + "/bookings", parent, childJson(elsewhere)), 422,
                "class-in-other-district");

        assertEquals(201, api.post("/api/classes/" + forInfants + "/bookings", parent, childJson(infant)).status());
        String second = publish(HAIMEN, 5, 0, 12, inDays(7));
        assertEquals(201, api.post("/api/classes/" + second + "/bookings", parent, childJson(infant)).status());
        String third = publish(HAIMEN, 5, 0, 12, inDays(9));
        assertProblem(api.post("/api/classes/" + third + "/bookings", parent, childJson(infant)), 422,
                "entitlement-exhausted");
        assertEquals(5, seatsLeft(third), "the refused booking took no seat");
        assertEquals(0, count("SELECT count(*) FROM class_bookings WHERE class_id = '" + third + "'"));

        execute("UPDATE parent_classes SET booking_cutoff = now() - interval '1 minute' WHERE id = '" + second
                + "'");
        String other = registerChild(api, parent, 5, HAIMEN);
        assertProblem(api.post("/api/classes/" + second + "/bookings", parent, childJson(other)), 422,
                "booking-closed");
        Api.Reply bookings = ok(api.get("/api/bookings", parent));
        String late = bookings.array().stream().map(JsonValue::asJsonObject)
                .filter(b -> b.getString("classId").equals(second)).findFirst().orElseThrow().getString("id");
        assertProblem(api.delete("/api/bookings/" + late, parent), 422, "cancellation-closed");
    }

    @Test
    void attendanceConsumesTheSessionAndANoShowFollowsTheDistrictsRule() throws SQLException {
        String staff = TestTokens.health(HAIMEN);
        String parent = consentingResident(api);
        String came = registerChild(api, parent, 6, HAIMEN);
        String stayedAway = registerChild(api, parent, 7, HAIMEN);
        String clazz = publish(HAIMEN, 5, 0, 12, inDays(3));
        String attended = bookingOf(api.post("/api/classes/" + clazz + "/bookings", parent, childJson(came)));
        String noShow = bookingOf(api.post("/api/classes/" + clazz + "/bookings", parent, childJson(stayedAway)));

        assertProblem(api.put("/api/staff/classes/" + clazz + "/bookings/" + attended + "/attendance", staff,
                "{\"attended\":true}"), 422, "class-not-started");
        startNow(clazz);
        assertProblem(api.put("/api/staff/classes/" + clazz + "/bookings/" + attended + "/attendance",
                TestTokens.health(ZHANGWAN), "{\"attended\":true}"), 404, "class-not-found");
        assertProblem(api.put("/api/staff/classes/" + clazz + "/bookings/" + attended + "/attendance", parent,
                "{\"attended\":true}"), 403);
        assertProblem(api.put("/api/staff/classes/" + clazz + "/bookings/" + attended + "/attendance", staff,
                "{}"), 400);

        JsonArray attendees = ok(api.get("/api/staff/classes/" + clazz + "/attendees", staff)).array();
        assertEquals(2, attendees.size());
        assertTrue(attendees.getJsonObject(0).getString("maskedName").contains("*"), attendees::toString);

        Api.Reply yes = api.put("/api/staff/classes/" + clazz + "/bookings/" + attended + "/attendance", staff,
                "{\"attended\":true}");
        assertEquals(200, yes.status(), yes::toString);
        assertEquals("ATTENDED", yes.json().getString("state"));
        Api.Reply no = api.put("/api/staff/classes/" + clazz + "/bookings/" + noShow + "/attendance", staff,
                "{\"attended\":false}");
        assertEquals("NO_SHOW", no.json().getString("state"), no::toString);
        assertEquals(1, remaining(parent, came));
        assertEquals(1, remaining(parent, stayedAway), "default rule: a no-show counts as used");
        assertEquals(2, count("SELECT count(*) FROM entitlement_entries WHERE child_id IN ('" + came + "', '"
                + stayedAway + "') AND state = 'CONSUMED'"));
        assertProblem(api.put("/api/staff/classes/" + clazz + "/bookings/" + attended + "/attendance", staff,
                "{\"attended\":false}"), 409, "booking-not-active");
        assertEquals(1, count("SELECT count(*) FROM child_access_log WHERE child_id = '" + came
                + "' AND purpose = 'CLASS_ATTENDANCE'"));

        // 茅箭区 chose to give a no-show's session back
        String releasing = "420302";
        execute("INSERT INTO guidance_district_rules (district_code, no_show) VALUES ('" + releasing
                + "', 'RELEASE') ON CONFLICT (district_code) DO UPDATE SET no_show = 'RELEASE'");
        String absent = registerChild(api, parent, 6, releasing);
        String there = publish(releasing, 5, 0, 12, inDays(3));
        String booking = bookingOf(api.post("/api/classes/" + there + "/bookings", parent, childJson(absent)));
        assertEquals(1, remaining(parent, absent));
        startNow(there);
        assertEquals(200, api.put("/api/staff/classes/" + there + "/bookings/" + booking + "/attendance",
                TestTokens.health(releasing), "{\"attended\":false}").status());
        assertEquals(2, remaining(parent, absent), "this district's rule: a no-show gives the session back");
        assertEquals(1, count("SELECT count(*) FROM entitlement_entries WHERE child_id = '" + absent
                + "' AND release_reason = 'NO_SHOW'"));
    }

    @Test
    void aFreedSeatIsOfferedToTheFirstWaitingFamilyAndAnExpiredOfferPassesOn() throws Exception {
        String first = consentingResident(api);
        String firstChild = registerChild(api, first, 6, HAIMEN);
        String second = consentingResident(api);
        String secondChild = registerChild(api, second, 6, HAIMEN);
        String third = consentingResident(api);
        String thirdChild = registerChild(api, third, 6, HAIMEN);
        String clazz = publish(HAIMEN, 1, 0, 12, inDays(4));

        assertProblem(api.post("/api/classes/" + clazz + "/waitlist", second, childJson(secondChild)), 409,
                "seats-available");
        String seat = bookingOf(api.post("/api/classes/" + clazz + "/bookings", first, childJson(firstChild)));
        assertProblem(api.post("/api/classes/" + clazz + "/bookings", second, childJson(secondChild)), 409,
                "class-full");
        assertProblem(api.post("/api/classes/" + clazz + "/waitlist", first, childJson(firstChild)), 409,
                "child-already-booked");

        Api.Reply waiting = api.post("/api/classes/" + clazz + "/waitlist", second, childJson(secondChild));
        assertEquals(201, waiting.status(), waiting::toString);
        assertEquals(1, waiting.json().getInt("position"));
        String secondEntry = waiting.json().getString("id");
        Api.Reply next = api.post("/api/classes/" + clazz + "/waitlist", third, childJson(thirdChild));
        assertEquals(2, next.json().getInt("position"), next::toString);
        String thirdEntry = next.json().getString("id");
        assertProblem(api.post("/api/classes/" + clazz + "/waitlist", second, childJson(secondChild)), 409,
                "already-on-waitlist");
        assertProblem(api.post("/api/waitlist/" + secondEntry + "/acceptance", second, ""), 409, "offer-not-open");
        assertProblem(api.post("/api/waitlist/" + secondEntry + "/acceptance", third, ""), 404,
                "waitlist-entry-not-found");

        assertEquals(200, api.delete("/api/bookings/" + seat, first).status());
        JsonObject offered = entry(second, secondEntry);
        assertEquals("OFFERED", offered.getString("state"), offered::toString);
        Instant deadline = OffsetDateTime.parse(offered.getString("offerExpiresAt")).toInstant();
        long minutes = Duration.between(Instant.now(), deadline).toMinutes();
        assertTrue(minutes > 11 * 60 && minutes <= 12 * 60, "held for the default 12 hours: " + offered);
        assertEquals(0, seatsLeft(clazz), "the freed seat is held for the offer");
        assertProblem(api.post("/api/classes/" + clazz + "/bookings", first, childJson(firstChild)), 409,
                "class-full");
        assertEquals(1, entry(third, thirdEntry).getInt("position"));

        execute("UPDATE class_waitlist SET offer_expires_at = now() - interval '1 second' WHERE id = '" + secondEntry
                + "'");
        JsonObject passedOn = await(() -> entry(third, thirdEntry), e -> "OFFERED".equals(e.getString("state")));
        assertEquals("OFFERED", passedOn.getString("state"), "the expiry timer passed the offer on: " + passedOn);
        assertEquals("EXPIRED", entry(second, secondEntry).getString("state"));
        assertProblem(api.post("/api/waitlist/" + secondEntry + "/acceptance", second, ""), 409, "offer-not-open");

        Api.Reply accepted = api.post("/api/waitlist/" + thirdEntry + "/acceptance", third, "");
        assertEquals(201, accepted.status(), accepted::toString);
        assertEquals("BOOKED", accepted.json().getString("state"));
        assertEquals("ACCEPTED", entry(third, thirdEntry).getString("state"));
        assertEquals(1, remaining(third, thirdChild), "accepting reserved the session");
        assertEquals(0, seatsLeft(clazz));

        assertEquals(200, api.delete("/api/bookings/" + accepted.json().getString("id"), third).status());
        assertEquals(1, seatsLeft(clazz), "nobody waits: the seat goes back");
        assertEquals(2, remaining(third, thirdChild));
    }

    @Test
    void withdrawingAnOpenOfferPassesItToTheNextFamily() throws Exception {
        String first = consentingResident(api);
        String second = consentingResident(api);
        String third = consentingResident(api);
        String clazz = publish(HAIMEN, 1, 0, 12, inDays(4));
        String seat = bookingOf(api.post("/api/classes/" + clazz + "/bookings", first,
                childJson(registerChild(api, first, 3, HAIMEN))));
        String secondEntry = api.post("/api/classes/" + clazz + "/waitlist", second,
                childJson(registerChild(api, second, 3, HAIMEN))).json().getString("id");
        String thirdEntry = api.post("/api/classes/" + clazz + "/waitlist", third,
                childJson(registerChild(api, third, 3, HAIMEN))).json().getString("id");
        api.delete("/api/bookings/" + seat, first);
        assertEquals("OFFERED", entry(second, secondEntry).getString("state"));
        Api.Reply withdrawn = api.delete("/api/waitlist/" + secondEntry, second);
        assertEquals("WITHDRAWN", withdrawn.json().getString("state"), withdrawn::toString);
        assertEquals("OFFERED", entry(third, thirdEntry).getString("state"));
        assertProblem(api.delete("/api/waitlist/" + secondEntry, second), 409, "waitlist-entry-closed");
        assertEquals(1, count("SELECT seats_taken FROM parent_classes WHERE id = '" + clazz + "'"));

        String fourth = consentingResident(api);
        String fourthEntry = api.post("/api/classes/" + clazz + "/waitlist", fourth,
                childJson(registerChild(api, fourth, 3, HAIMEN))).json().getString("id");
        execute("UPDATE parent_classes SET booking_cutoff = now() - interval '1 second' WHERE id = '" + clazz + "'");
        JsonObject closed = await(() -> entry(fourth, fourthEntry), e -> "EXPIRED".equals(e.getString("state")));
        assertEquals("EXPIRED", closed.getString("state"), "bookings closed: nobody waits any more");
        assertEquals("EXPIRED", entry(third, thirdEntry).getString("state"), "and the open offer ended");
        assertEquals(0, count("SELECT seats_taken FROM parent_classes WHERE id = '" + clazz + "'"));
    }

    /**
     * The race that once left a seat held by nobody in the two-instance mix: a family leaves the waitlist at the very
     * moment a cancellation offers it the freed seat. Whichever wins, the seat ends free (nobody else waits) and the
     * counter says so; withdrawing read the place's state from before the offer and so never passed the seat on.
     */
    @Test
    void aPlaceLeftWhileTheFreedSeatIsOfferedToItGivesTheSeatBack() throws Exception {
        String first = consentingResident(api);
        String second = consentingResident(api);
        String firstChild = registerChild(api, first, 3, HAIMEN);
        String secondChild = registerChild(api, second, 3, HAIMEN);
        List<String> classes = new ArrayList<>();
        for (int round = 0; round < 25; round++) {
            String clazz = publish(HAIMEN, 1, 0, 12, inDays(5));
            classes.add(clazz);
            String seat = bookingOf(api.post("/api/classes/" + clazz + "/bookings", first, childJson(firstChild)));
            String place = api.post("/api/classes/" + clazz + "/waitlist", second, childJson(secondChild)).json()
                    .getString("id");
            List<Integer> statuses = runConcurrently(List.of(
                    () -> api.delete("/api/bookings/" + seat, first).status(),
                    () -> api.delete("/api/waitlist/" + place, second).status()));
            assertEquals(List.of(200, 200), statuses, "both the cancellation and the withdrawal went through");
        }
        assertEquals(0, count("SELECT count(*) FROM parent_classes WHERE seats_taken <> 0 AND id IN ("
                + Invariants.quoted(classes) + ")"), "every freed seat is free again");
        assertEquals(0, count("SELECT count(*) FROM class_waitlist WHERE state = 'OFFERED' AND class_id IN ("
                + Invariants.quoted(classes) + ")"), "and offered to nobody");
    }

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
        String clazz = publish(district, 10, 0, 12, inDays(12));

        List<Integer> statuses = runConcurrently(children.stream().map(child -> (Callable<Integer>) () -> api.send(
                api.request("/api/classes/" + clazz + "/bookings", parent).timeout(Duration.ofMinutes(4))
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(childJson(child)))).status())
                .toList());

        assertEquals(10, statuses.stream().filter(s -> s == 201).count(), statuses::toString);
        assertEquals(190, statuses.stream().filter(s -> s == 409).count(), statuses::toString);
        assertEquals(10, count("SELECT count(*) FROM class_bookings WHERE class_id = '" + clazz
                + "' AND state = 'BOOKED'"));
        assertEquals(10, count("SELECT seats_taken FROM parent_classes WHERE id = '" + clazz + "'"));
        assertEquals(10, count("SELECT count(*) FROM entitlement_entries WHERE reason = 'CLASS_BOOKING' "
                + "AND state = 'RESERVED' AND child_id IN (SELECT child_id FROM guardianships WHERE subject = "
                + "(SELECT guardian_subject FROM class_bookings WHERE class_id = '" + clazz + "' LIMIT 1))"));
        assertEquals(0, seatsLeft(clazz));
    }

    @Test
    void aBookingOffersItsFamilyCancellingUntilTheCutoffOnly() throws SQLException {
        String parent = consentingResident(api);
        String child = registerChild(api, parent, 6, HAIMEN);
        String clazz = publish(HAIMEN, 5, 0, 12, inDays(8));
        Api.Reply booked = api.post("/api/classes/" + clazz + "/bookings", parent, childJson(child));
        assertEquals(List.of("CANCEL"), actions(booked.json()), booked::toString);
        String id = booked.json().getString("id");
        assertEquals(List.of("CANCEL"), actions(booking(parent, id)));

        execute("UPDATE parent_classes SET booking_cutoff = now() - interval '1 minute' WHERE id = '" + clazz + "'");
        assertEquals(List.of(), actions(booking(parent, id)), "past the cutoff nothing is offered");
        assertProblem(api.delete("/api/bookings/" + id, parent), 422, "cancellation-closed");
    }

    @Test
    void aCancelledBookingOffersNothing() {
        String parent = consentingResident(api);
        String clazz = publish(HAIMEN, 5, 0, 12, inDays(8));
        String id = bookingOf(api.post("/api/classes/" + clazz + "/bookings", parent,
                childJson(registerChild(api, parent, 6, HAIMEN))));
        Api.Reply cancelled = ok(api.delete("/api/bookings/" + id, parent));
        assertEquals(List.of(), actions(cancelled.json()), cancelled::toString);
        assertEquals(List.of(), actions(booking(parent, id)));
    }

    @Test
    void attendeesOfferStaffAttendanceOnlyOnceTheClassHasStartedAndOnlyOnce() throws SQLException {
        String staff = TestTokens.health(HAIMEN);
        String parent = consentingResident(api);
        String clazz = publish(HAIMEN, 5, 0, 12, inDays(3));
        String id = bookingOf(api.post("/api/classes/" + clazz + "/bookings", parent,
                childJson(registerChild(api, parent, 6, HAIMEN))));
        String attendees = "/api/staff/classes/" + clazz + "/attendees";
        assertEquals(List.of(), actions(ok(api.get(attendees, staff)).array().getJsonObject(0)),
                "nothing to record before the class starts");

        startNow(clazz);
        assertEquals(List.of("ATTENDED", "NO_SHOW"), actions(ok(api.get(attendees, staff)).array().getJsonObject(0)));
        assertEquals(200, api.put("/api/staff/classes/" + clazz + "/bookings/" + id + "/attendance", staff,
                "{\"attended\":true}").status());
        assertEquals(List.of(), actions(ok(api.get(attendees, staff)).array().getJsonObject(0)), "recorded once");
        assertEquals(List.of(), actions(booking(parent, id)), "an attended booking cannot be cancelled");
    }

    @Test
    void aWaitingPlaceOffersLeavingAndAnOpenOfferAcceptingOrDeclining() throws Exception {
        String first = consentingResident(api);
        String second = consentingResident(api);
        String clazz = publish(HAIMEN, 1, 0, 12, inDays(4));
        String seat = bookingOf(api.post("/api/classes/" + clazz + "/bookings", first,
                childJson(registerChild(api, first, 3, HAIMEN))));
        Api.Reply joined = api.post("/api/classes/" + clazz + "/waitlist", second,
                childJson(registerChild(api, second, 3, HAIMEN)));
        assertEquals(List.of("WITHDRAW"), actions(joined.json()), joined::toString);
        String entry = joined.json().getString("id");
        assertEquals(List.of("WITHDRAW"), actions(entry(second, entry)));

        ok(api.delete("/api/bookings/" + seat, first));
        assertEquals(List.of("ACCEPT", "WITHDRAW"), actions(entry(second, entry)));

        execute("UPDATE class_waitlist SET offer_expires_at = now() - interval '1 second' WHERE id = '" + entry + "'");
        JsonObject ranOut = entry(second, entry);
        assertFalse(actions(ranOut).contains("ACCEPT"), "a hold run out is not offered for accepting: " + ranOut);
    }

    @Test
    void aLeftPlaceOffersNothing() {
        String first = consentingResident(api);
        String second = consentingResident(api);
        String clazz = publish(HAIMEN, 1, 0, 12, inDays(4));
        bookingOf(api.post("/api/classes/" + clazz + "/bookings", first,
                childJson(registerChild(api, first, 3, HAIMEN))));
        String entry = api.post("/api/classes/" + clazz + "/waitlist", second,
                childJson(registerChild(api, second, 3, HAIMEN))).json().getString("id");
        Api.Reply left = ok(api.delete("/api/waitlist/" + entry, second));
        assertEquals(List.of(), actions(left.json()), left::toString);
        assertEquals(List.of(), actions(entry(second, entry)));
    }

    // ---- home visits and the roster -----------------------------------------------------------------------------

    @Test
    void aRequestedVisitIsAssignedScheduledConfirmedRescheduledAndDone() throws SQLException {
        String parent = consentingResident(api);
        String child = registerChild(api, parent, 2, HAIMEN);
        String street = "三厂街道-" + UUID.randomUUID().toString().substring(0, 8);
        String address = "海门区示例路" + UUID.randomUUID().toString().substring(0, 4) + "号";
        Api.Reply requested = api.post("/api/visits", parent, visitJson(child, street, address, inDays(2),
                inDays(2).plusHours(2)));
        assertEquals(201, requested.status(), requested::toString);
        String visit = requested.json().getString("id");
        assertEquals("REQUESTED", requested.json().getString("state"));
        assertEquals(address, requested.json().getString("address"), "the family sees its own address");
        assertEquals(1, remaining(parent, child), "the request reserved a session");
        try (Connection db = IntegrationEnvironment.connect(); PreparedStatement s = db.prepareStatement(
                "SELECT v::text, address_cipher FROM home_visits v WHERE id = ?")) {
            s.setObject(1, UUID.fromString(visit));
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                assertFalse(r.getString(1).contains(address.substring(3)), "no plain address in the row");
                assertTrue(r.getBytes(2).length > 29, "the address is stored encrypted");
                assertFalse(new String(r.getBytes(2), StandardCharsets.UTF_8).contains("示例路"));
            }
        }
        try (Connection db = IntegrationEnvironment.connect(); ResultSet r = db.createStatement().executeQuery(
                "SELECT count(*) FROM flyway_schema_history WHERE version = '44.1' AND success")) {
            assertTrue(r.next() && r.getInt(1) == 1, "the Java migration that encrypts older addresses ran");
        }

        String staffId = "health-" + UUID.randomUUID();
        String staff = known(health(staffId, HAIMEN, false));
        String colleague = TestTokens.health(HAIMEN);
        String coordinator = health("coord-" + UUID.randomUUID(), HAIMEN, true);
        String otherDistrict = health("coord-" + UUID.randomUUID(), ZHANGWAN, true);
        String elsewhereId = "health-" + UUID.randomUUID();
        known(health(elsewhereId, ZHANGWAN, false));

        JsonObject seenByColleague = ok(api.get("/api/staff/visits/" + visit, colleague)).json();
        assertEquals("REQUESTED", seenByColleague.getString("state"));
        assertTrue(absent(seenByColleague, "address"), "not assigned, not coordinator: no address");
        assertTrue(seenByColleague.getString("maskedName").contains("*"));
        assertEquals(address, ok(api.get("/api/staff/visits/" + visit, coordinator)).json().getString("address"));
        assertProblem(api.get("/api/staff/visits/" + visit, otherDistrict), 404, "visit-not-found");
        assertProblem(api.get("/api/staff/visits/" + visit, parent), 403);

        assertProblem(api.put("/api/staff/visits/" + visit + "/assignee", staff, assignee(staffId)), 403,
                "coordinator-required");
        assertProblem(api.put("/api/staff/visits/" + visit + "/assignee", otherDistrict, assignee(staffId)), 404,
                "visit-not-found");
        assertProblem(api.put("/api/staff/visits/" + visit + "/schedule", coordinator,
                windowJson(inDays(3), inDays(3).plusHours(1))), 409, "visit-state-conflict");
        // the assignee is picked from the district's staff: a typed name or another district's staff are refused
        JsonArray members = ok(api.get("/api/staff/members", coordinator)).array();
        JsonObject member = members.stream().map(v -> v.asJsonObject())
                .filter(m -> m.getString("subject").equals(staffId)).findFirst().orElseThrow();
        assertEquals("医生 " + staffId, member.getString("name"));
        assertTrue(members.stream().noneMatch(m -> m.asJsonObject().getString("subject").equals(elsewhereId)),
                "staff of another district are not listed");
        assertProblem(api.get("/api/staff/members", staff), 403, "coordinator-required");
        assertProblem(api.get("/api/staff/members", parent), 403);
        assertNames(assertProblem(api.put("/api/staff/visits/" + visit + "/assignee", coordinator,
                assignee("张医生")), 422, "unknown-assignee"), "assignee");
        assertProblem(api.put("/api/staff/visits/" + visit + "/assignee", coordinator, assignee(elsewhereId)), 422,
                "unknown-assignee");
        assertEquals("REQUESTED", ok(api.get("/api/staff/visits/" + visit, coordinator)).json().getString("state"),
                "a refused assignment leaves the visit unassigned");
        Api.Reply assigned = api.put("/api/staff/visits/" + visit + "/assignee", coordinator, assignee(staffId));
        assertEquals("ASSIGNED", assigned.json().getString("state"), assigned::toString);
        assertEquals(address, ok(api.get("/api/staff/visits/" + visit, staff)).json().getString("address"),
                "the assignee sees the address");
        assertTrue(absent(ok(api.get("/api/staff/visits/" + visit, colleague)).json(), "address"));

        assertProblem(api.put("/api/staff/visits/" + visit + "/schedule", colleague,
                windowJson(inDays(3), inDays(3).plusHours(1))), 403, "not-assigned-staff");
        assertProblem(api.put("/api/staff/visits/" + visit + "/schedule", staff,
                windowJson(inDays(-1), inDays(-1).plusHours(1))), 422, "visit-time-in-past");
        OffsetDateTime at = inDays(3);
        Api.Reply scheduled = api.put("/api/staff/visits/" + visit + "/schedule", staff, windowJson(at,
                at.plusHours(1)));
        assertEquals("SCHEDULED", scheduled.json().getString("state"), scheduled::toString);

        JsonObject mine = ok(api.get("/api/visits", parent)).array().getJsonObject(0);
        assertEquals("SCHEDULED", mine.getString("state"));
        assertEquals(at.toInstant(), OffsetDateTime.parse(mine.getJsonObject("scheduled").getString("start"))
                .toInstant());
        assertProblem(api.post("/api/visits/" + visit + "/confirmation", consentingResident(api), ""), 404,
                "visit-not-found");
        assertEquals("CONFIRMED", ok(api.post("/api/visits/" + visit + "/confirmation", parent, ""))
                .json().getString("familyResponse"));
        Api.Reply asked = api.post("/api/visits/" + visit + "/reschedule-request", parent,
                "{\"note\":\"周末更方便\"}");
        assertEquals("RESCHEDULE_REQUESTED", ok(asked).json().getString("familyResponse"));
        assertEquals("周末更方便", ok(api.get("/api/staff/visits/" + visit, staff)).json()
                .getString("familyNote"));
        Api.Reply rescheduled = api.put("/api/staff/visits/" + visit + "/schedule", staff, windowJson(at.plusDays(2),
                at.plusDays(2).plusHours(1)));
        assertTrue(absent(ok(rescheduled).json(), "familyResponse"), "a new time needs a new answer");

        // outcome: wrong district, missing topics, then done
        assertProblem(api.put("/api/staff/visits/" + visit + "/outcome", otherDistrict, outcomeJson("DONE",
                "喂养")), 404, "visit-not-found");
        assertProblem(api.put("/api/staff/visits/" + visit + "/outcome", staff, "{\"outcome\":\"DONE\"}"), 422,
                "visit-topics-required");
        assertProblem(api.put("/api/staff/visits/" + visit + "/outcome", staff, "{\"outcome\":\"LOST\"}"), 400);
        assertEquals("SCHEDULED", ok(api.get("/api/staff/visits/" + visit, staff)).json().getString("state"),
                "nothing changed");
        assertEquals(1, remaining(parent, child), "nothing changed");
        Api.Reply done = api.put("/api/staff/visits/" + visit + "/outcome", staff, outcomeJson("DONE", "喂养",
                "睡眠"));
        assertEquals("DONE", ok(done).json().getString("state"));
        assertEquals(List.of("喂养", "睡眠"), done.json().getJsonArray("topics").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals(1, remaining(parent, child), "done consumed the reserved session");
        assertEquals(1, count("SELECT count(*) FROM entitlement_entries WHERE child_id = '" + child
                + "' AND reason = 'HOME_VISIT' AND state = 'CONSUMED'"));
        assertProblem(api.put("/api/staff/visits/" + visit + "/outcome", staff, outcomeJson("DECLINED")), 409,
                "visit-state-conflict");
        assertProblem(api.post("/api/visits/" + visit + "/confirmation", parent, ""), 409, "visit-state-conflict");

        // the roster's filters
        JsonArray byStreet = ok(api.get("/api/staff/visits?subDistrict=" + encode(street), colleague)).array();
        assertEquals(1, byStreet.size(), byStreet::toString);
        assertEquals(1, ok(api.get("/api/staff/visits?state=DONE&staff=" + staffId, colleague)).array().size());
        assertEquals(0, ok(api.get("/api/staff/visits?state=SCHEDULED&subDistrict=" + encode(street), colleague))
                .array().size());
        String day = at.plusDays(2).toLocalDate().toString();
        assertEquals(1, ok(api.get("/api/staff/visits?subDistrict=" + encode(street) + "&from=" + day + "&to=" + day,
                colleague)).array().size());
        assertEquals(0, ok(api.get("/api/staff/visits?subDistrict=" + encode(street) + "&to="
                + at.toLocalDate().minusDays(5), colleague)).array().size());
        assertEquals(0, ok(api.get("/api/staff/visits?subDistrict=" + encode(street), otherDistrict)).array().size());
        assertProblem(api.get("/api/staff/visits?state=LOST", colleague), 400);
        assertProblem(api.get("/api/staff/visits?from=2026-02-30", colleague), 400, "invalid-date");
    }

    @Test
    void badVisitRequestsAreRefusedAndAFamilyMayCancel() throws SQLException {
        String parent = consentingResident(api);
        String child = registerChild(api, parent, 3, HAIMEN);
        String street = "海门街道-" + UUID.randomUUID().toString().substring(0, 8);
        assertProblem(api.post("/api/visits", parent, visitJson(child, street, "示例路1号", inDays(-2),
                inDays(-2).plusHours(1))), 422, "visit-time-in-past");
        assertProblem(api.post("/api/visits", parent, visitJson(child, street, "示例路1号", inDays(2),
                inDays(2).minusHours(1))), 422, "visit-window-invalid");
        OffsetDateTime farAway = OffsetDateTime.parse("9999-06-01T09:00:00+08:00");
        JsonObject tooFar = assertProblem(api.post("/api/visits", parent, visitJson(child, street, "示例路1号", farAway,
                farAway.plusHours(1))), 400, "validation");
        assertTrue(tooFar.getJsonArray("errors").toString().contains("preferredWindows[0].start"), tooFar::toString);
        assertProblem(api.post("/api/visits", parent, visitJson(child, street, "示例路1号", inDays(250),
                inDays(250).plusHours(1))), 400, "validation");
        JsonObject bidi = assertProblem(api.post("/api/visits", parent, visitJson(child, street, "示例路\u202E号1",
                inDays(2), inDays(2).plusHours(1))), 400, "validation");
        assertTrue(bidi.getJsonArray("errors").toString().contains("address"), bidi::toString);
        JsonObject missing = assertProblem(api.post("/api/visits", parent, "{\"childId\":\"" + child
                + "\",\"subDistrict\":\"" + street + "\",\"preferredWindows\":[]}"), 400);
        assertTrue(missing.toString().contains("address") && missing.toString().contains("preferredWindows"),
                missing::toString);
        assertProblem(api.post("/api/visits", consentingResident(api), visitJson(child, street, "示例路1号",
                inDays(2), inDays(2).plusHours(1))), 404, "child-not-found");
        String toddler = registerChild(api, parent, 20, HAIMEN);
        assertProblem(api.post("/api/visits", parent, visitJson(toddler, street, "示例路1号", inDays(2),
                inDays(2).plusHours(1))), 422, "not-entitled");
        assertEquals(0, count("SELECT count(*) FROM home_visits WHERE sub_district = '" + street + "'"));
        assertEquals(2, remaining(parent, child));

        String visit = api.post("/api/visits", parent, visitJson(child, street, "示例路1号", inDays(2),
                inDays(2).plusHours(1))).json().getString("id");
        assertProblem(api.post("/api/visits", parent, visitJson(child, street, "示例路1号", inDays(3),
                inDays(3).plusHours(1))), 409, "visit-already-open");
        assertEquals(1, remaining(parent, child));
        assertProblem(api.post("/api/visits/" + visit + "/confirmation", parent, ""), 409, "visit-state-conflict");
        Api.Reply cancelled = api.delete("/api/visits/" + visit, parent);
        assertEquals("CANCELLED", ok(cancelled).json().getString("state"));
        assertEquals(2, remaining(parent, child), "cancelling gave the session back");
        assertProblem(api.delete("/api/visits/" + visit, parent), 409, "visit-state-conflict");
    }

    @Test
    void theDueListShowsChildrenWithUnusedGuidanceAndCoordinatorsOpenVisitsForThem() throws Exception {
        String district = "370402";
        String parent = consentingResident(api);
        String due = registerChild(api, parent, 1, district);
        String coordinator = health("coord-" + UUID.randomUUID(), district, true);
        String staffId = "health-" + UUID.randomUUID();
        String staff = known(health(staffId, district, false));

        assertTrue(dueList(staff, district).contains(due), "an infant with two unused sessions is due");
        assertFalse(dueList(health("x-" + UUID.randomUUID(), ZHANGWAN, false), ZHANGWAN).contains(due));
        assertProblem(api.post("/api/staff/visits", staff, openJson(due, staffId)), 403, "coordinator-required");
        assertProblem(api.post("/api/staff/visits", health("c-" + UUID.randomUUID(), ZHANGWAN, true),
                openJson(due, staffId)), 404, "child-not-found");

        assertProblem(api.post("/api/staff/visits", coordinator, openJson(due, "张医生")), 422, "unknown-assignee");
        assertTrue(dueList(staff, district).contains(due), "a refused opening opens nothing");
        Api.Reply opened = api.post("/api/staff/visits", coordinator, openJson(due, staffId));
        assertEquals(201, opened.status(), opened::toString);
        String visit = opened.json().getString("id");
        assertEquals("ASSIGNED", opened.json().getString("state"));
        assertFalse(dueList(staff, district).contains(due), "an open visit takes the child off the due list");
        assertEquals(1, remaining(parent, due));

        OffsetDateTime at = inDays(1);
        ok(api.put("/api/staff/visits/" + visit + "/schedule", staff, windowJson(at, at.plusHours(1))));
        assertFalse(ok(api.get("/api/staff/visits/" + visit, staff)).json().getBoolean("overdue"));
        execute("UPDATE home_visits SET scheduled_start = now() - interval '3 hours', scheduled_end = now() - "
                + "interval '2 hours' WHERE id = '" + visit + "'");
        JsonArray overdue = ok(api.get("/api/staff/visits?overdue=true&staff=" + staffId, staff)).array();
        assertEquals(1, overdue.size(), overdue::toString);
        assertTrue(overdue.getJsonObject(0).getBoolean("overdue"));

        Api.Reply absent = api.put("/api/staff/visits/" + visit + "/outcome", staff, outcomeJson("FAMILY_ABSENT"));
        assertEquals("MISSED", ok(absent).json().getString("state"));
        assertEquals(2, remaining(parent, due), "an absent family keeps the session");
        assertTrue(dueList(staff, district).contains(due), "and is due again");
        assertEquals(0, ok(api.get("/api/staff/visits?overdue=true&staff=" + staffId, staff)).array().size());
        assertTrue(count("SELECT count(*) FROM child_access_log WHERE child_id = '" + due
                + "' AND purpose = 'HOME_VISIT'") > 0, "staff reads are logged");
    }

    // ---- exports ------------------------------------------------------------------------------------------------

    @Test
    void theRosterExportsAsCsvThatExcelOpensWithChineseText() throws Exception {
        String parent = consentingResident(api);
        String child = registerChild(api, parent, 2, HAIMEN);
        String street = "滨江街道-" + UUID.randomUUID().toString().substring(0, 8);
        String visit = api.post("/api/visits", parent, visitJson(child, street, "海门区长江路8号, \"东\"门",
                inDays(2), inDays(2).plusHours(1))).json().getString("id");
        String trap = consentingResident(api);
        api.post("/api/visits", trap, visitJson(registerChild(api, trap, 2, HAIMEN), street,
                "=HYPERLINK(\"http://example.invalid\",\"x\")", inDays(2), inDays(2).plusHours(1)));
        String coordinator = health("coord-" + UUID.randomUUID(), HAIMEN, true);
        String colleague = TestTokens.health(HAIMEN);

        HttpResponse<byte[]> csv = download("/api/staff/visits/export?subDistrict=" + encode(street), coordinator,
                "text/csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("content-type").orElseThrow().startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("content-disposition").orElseThrow().contains("attachment"));
        byte[] bytes = csv.body();
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\n"), "Excel line ends");
        List<CSVRecord> rows = parse(text);
        assertEquals(2, rows.size());
        assertEquals("'=HYPERLINK(\"http://example.invalid\",\"x\")", rows.stream().filter(r -> !r.get("编号")
                .equals(visit)).findFirst().orElseThrow().get("地址"), "a formula is shown, not run");
        CSVRecord row = rows.stream().filter(r -> r.get("编号").equals(visit)).findFirst().orElseThrow();
        assertEquals(visit, row.get("编号"));
        assertEquals("REQUESTED", row.get("状态"));
        assertEquals(street, row.get("街道/乡镇"));
        assertEquals("海门区长江路8号, \"东\"门", row.get("地址"), "quoting survives the round trip");
        assertTrue(row.get("儿童").contains("*"));
        assertEquals("2", row.get("月龄"));

        List<CSVRecord> hidden = parse(new String(download("/api/staff/visits/export?subDistrict=" + encode(street),
                colleague, "text/csv").body(), StandardCharsets.UTF_8).substring(1));
        assertEquals(2, hidden.size());
        assertTrue(hidden.stream().allMatch(r -> r.get("地址").isEmpty()), "colleagues not assigned see no address");
        assertEquals(403, download("/api/staff/visits/export", parent, "text/csv").statusCode());
    }

    @Test
    void aResidentsClassesAndVisitsComeAsAnICalendarFeedInChinaTime() throws Exception {
        String parent = consentingResident(api);
        String child = registerChild(api, parent, 5, HAIMEN);
        OffsetDateTime classStart = inDays(6).withHour(9).withMinute(30);
        String clazz = publishAt(HAIMEN, 5, classStart, classStart.plusMinutes(90));
        bookingOf(api.post("/api/classes/" + clazz + "/bookings", parent, childJson(child)));
        String visit = api.post("/api/visits", parent, visitJson(child, "三星镇", "示例路9号", inDays(2),
                inDays(2).plusHours(1))).json().getString("id");
        String staffId = "health-" + UUID.randomUUID();
        known(health(staffId, HAIMEN, false));
        ok(api.put("/api/staff/visits/" + visit + "/assignee", health("c-" + UUID.randomUUID(), HAIMEN, true),
                assignee(staffId)));
        OffsetDateTime visitAt = inDays(4).withHour(15).withMinute(0);
        ok(api.put("/api/staff/visits/" + visit + "/schedule", health(staffId, HAIMEN, false),
                windowJson(visitAt, visitAt.plusHours(1))));

        HttpResponse<byte[]> feed = download("/api/calendar/guidance.ics", parent, "text/calendar");
        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("content-type").orElseThrow().startsWith("text/calendar"));
        String ics = new String(feed.body(), StandardCharsets.UTF_8);
        assertTrue(ics.contains("TZID:Asia/Shanghai"), ics);
        assertTrue(ics.contains("DTSTART;TZID=Asia/Shanghai:" + classStart.format(
                java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm")) + "00"), ics);
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
        assertEquals(401, download("/api/calendar/guidance.ics", null, "text/calendar").statusCode());

        // a calendar app subscribes with the secret URL, no login
        Api.Reply subscribed = api.post("/api/calendar/subscriptions", parent, "");
        assertEquals(201, subscribed.status(), subscribed::toString);
        String url = subscribed.json().getString("url");
        assertEquals(url, subscribed.header("Location"));
        String path = java.net.URI.create(url).getPath();
        HttpResponse<byte[]> viaLink = download(path, null, "text/calendar");
        assertEquals(200, viaLink.statusCode());
        assertEquals(2, Biweekly.parse(new String(viaLink.body(), StandardCharsets.UTF_8)).first().getEvents()
                .size());
        assertEquals(1, count("SELECT count(*) FROM calendar_feeds WHERE subject = (SELECT subject FROM "
                + "guardianships WHERE child_id = '" + child + "')"), "one subscription per resident, hashed");
        String renewed = java.net.URI.create(api.post("/api/calendar/subscriptions", parent, "").json()
                .getString("url")).getPath();
        assertEquals(200, download(renewed, null, "text/calendar").statusCode());
        assertProblem(calendarApp(path), 404, "calendar-feed-not-found");
        assertProblem(calendarApp("/api/calendar/feeds/not-a-token.ics"), 400);
        assertProblem(api.post("/api/calendar/subscriptions", null, ""), 401);
    }

    @Test
    void demoClassesLoadTwiceInTheComingWeeksAndTakeBookings() throws Exception {
        String sql = java.nio.file.Files.readString(java.nio.file.Path.of(
                "src/main/resources/db/demo/R__demo_guidance.sql"));
        try (Connection c = IntegrationEnvironment.connect()) {
            c.createStatement().execute(sql);
            c.createStatement().execute(sql);
        }
        JsonArray listed = ok(api.get("/api/classes?district=" + HAIMEN + "&size=100", null)).array();
        List<JsonObject> demo = listed.stream().map(JsonValue::asJsonObject)
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
        String parent = consentingResident(api);
        bookingOf(api.post("/api/classes/00000000-0000-4000-8000-0000000c1a01/bookings", parent,
                childJson(registerChild(api, parent, 4, HAIMEN))));
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

    // ---- helpers ------------------------------------------------------------------------------------------------

    static OffsetDateTime inDays(int days) {
        return OffsetDateTime.now(CHINA).plusDays(days).truncatedTo(ChronoUnit.MINUTES);
    }

    String publish(String district, int capacity, int fromMonths, int toMonths, OffsetDateTime start) {
        Api.Reply reply = api.post("/api/staff/classes", TestTokens.health(district), classJson("课程-"
                + UUID.randomUUID(), start, start.plusHours(1), null, capacity, fromMonths, toMonths));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getString("id");
    }

    String publishAt(String district, int capacity, OffsetDateTime start, OffsetDateTime end) {
        Api.Reply reply = api.post("/api/staff/classes", TestTokens.health(district), classJson("科学喂养",
                start, end, null, capacity, 0, 12));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getString("id");
    }

    static String classJson(String topic, OffsetDateTime start, OffsetDateTime end, OffsetDateTime cutoff,
            int capacity, int from, int to) {
        var b = Json.createObjectBuilder().add("topic", topic).add("venue", "海门区示例社区卫生服务中心")
                .add("startsAt", start.toString()).add("endsAt", end.toString()).add("capacity", capacity)
                .add("ageFromMonths", from).add("ageToMonths", to);
        if (cutoff != null) {
            b.add("bookingCutoff", cutoff.toString());
        }
        return b.build().toString();
    }

    static String childJson(String child) {
        return Json.createObjectBuilder().add("childId", child).build().toString();
    }

    static String visitJson(String child, String street, String address, OffsetDateTime start, OffsetDateTime end) {
        return Json.createObjectBuilder().add("childId", child).add("subDistrict", street).add("address", address)
                .add("preferredWindows", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("start", start.toString()).add("end", end.toString()))).build().toString();
    }

    static String windowJson(OffsetDateTime start, OffsetDateTime end) {
        return Json.createObjectBuilder().add("start", start.toString()).add("end", end.toString()).build()
                .toString();
    }

    static String assignee(String subject) {
        return Json.createObjectBuilder().add("assignee", subject).build().toString();
    }

    static String openJson(String child, String assignee) {
        return Json.createObjectBuilder().add("childId", child).add("assignee", assignee).build().toString();
    }

    static String outcomeJson(String outcome, String... topics) {
        var topicArray = Json.createArrayBuilder();
        Arrays.stream(topics).forEach(topicArray::add);
        return Json.createObjectBuilder().add("outcome", outcome).add("notes", "示例记录").add("topics", topicArray)
                .build().toString();
    }

    static String health(String subject, String district, boolean coordinator) {
        List<String> roles = coordinator ? List.of("health-commission", "visit-coordinator")
                : List.of("health-commission");
        return TestTokens.sign(TestTokens.claims(subject, roles, Map.of("district", district,
                "name", "医生 " + subject)).build());
    }

    /** The staff member has called the API once, as signing in to the web app does: the district knows them. */
    String known(String token) {
        ok(api.get("/api/me", token));
        return token;
    }

    static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    List<String> dueList(String staff, String district) {
        List<String> ids = new ArrayList<>();
        for (int page = 0; page < 50; page++) {
            JsonArray due = ok(api.get("/api/staff/visits/due?size=100&page=" + page, staff)).array();
            due.forEach(d -> ids.add(d.asJsonObject().getString("childId")));
            if (due.size() < 100) {
                break;
            }
        }
        return ids;
    }

    int remaining(String parent, String child) {
        return ok(api.get("/api/children/" + child + "/entitlements", parent)).array().stream()
                .map(JsonValue::asJsonObject).filter(e -> e.getString("serviceKind").equals("GUIDANCE_SESSION"))
                .findFirst().map(e -> e.getInt("remaining")).orElse(0);
    }

    int seatsLeft(String clazz) {
        return ok(api.get("/api/classes/" + clazz, null)).json().getInt("seatsLeft");
    }

    JsonObject entry(String parent, String entryId) {
        return ok(api.get("/api/waitlist", parent)).array().stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("id").equals(entryId)).findFirst().orElseThrow();
    }

    JsonObject booking(String parent, String bookingId) {
        return ok(api.get("/api/bookings", parent)).array().stream().map(JsonValue::asJsonObject)
                .filter(b -> b.getString("id").equals(bookingId)).findFirst().orElseThrow();
    }

    /** The actions a view carries, in the server's order. */
    static List<String> actions(JsonObject view) {
        return view.getJsonArray("actions").getValuesAs(jakarta.json.JsonString::getString);
    }

    /** Null or left out (JSON-B leaves out null properties). */
    static boolean absent(JsonObject json, String key) {
        return !json.containsKey(key) || json.isNull(key);
    }

    static String bookingOf(Api.Reply reply) {
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getString("id");
    }

    static void startNow(String clazz) throws SQLException {
        execute("UPDATE parent_classes SET booking_cutoff = now() - interval '2 hours', starts_at = now() - "
                + "interval '1 hour', ends_at = now() + interval '1 hour' WHERE id = '" + clazz + "'");
    }

    static <T> T await(Callable<T> probe, java.util.function.Predicate<T> done) throws Exception {
        T value = probe.call();
        for (int i = 0; i < 180 && !done.test(value); i++) {
            Thread.sleep(500);
            value = probe.call();
        }
        return value;
    }

    /** Runs the tasks released together by one latch, 100 in flight at a time. */
    static <T> List<T> runConcurrently(List<Callable<T>> tasks) throws Exception {
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

    HttpResponse<byte[]> download(String path, String token, String accept) throws Exception {
        var request = api.request(path, token).setHeader("Accept", accept).GET();
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** What a calendar app sends: no login, iCalendar or a problem accepted. */
    Api.Reply calendarApp(String path) {
        return api.send(api.request(path, null).setHeader("Accept", "text/calendar, application/problem+json")
                .GET());
    }

    static List<CSVRecord> parse(String text) throws Exception {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.EXCEL.builder().setHeader()
                .setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }

    static Api.Reply ok(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply;
    }

    static long count(String sql) throws SQLException {
        try (Connection db = IntegrationEnvironment.connect(); PreparedStatement s = db.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    static void execute(String sql) throws SQLException {
        try (Connection db = IntegrationEnvironment.connect(); PreparedStatement s = db.prepareStatement(sql)) {
            s.executeUpdate();
        }
    }
}
