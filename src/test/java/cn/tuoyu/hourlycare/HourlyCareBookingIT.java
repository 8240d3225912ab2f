package cn.tuoyu.hourlycare;

import static cn.tuoyu.hourlycare.HourlyCareFixtures.book;
import static cn.tuoyu.hourlycare.HourlyCareFixtures.publish;
import static cn.tuoyu.hourlycare.HourlyCareFixtures.remaining;
import static cn.tuoyu.hourlycare.HourlyCareFixtures.session;
import static cn.tuoyu.hourlycare.HourlyCareFixtures.tomorrowAtTen;
import static cn.tuoyu.hourlycare.HourlyCareFixtures.tryBook;
import static cn.tuoyu.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import cn.tuoyu.facilities.FacilityFixtures;
import cn.tuoyu.families.FamilyFixtures;
import cn.tuoyu.platform.time.ChinaTime;
import cn.tuoyu.testing.AgainstTheApp;
import cn.tuoyu.testing.Api;
import cn.tuoyu.testing.Concurrently;
import cn.tuoyu.testing.TestDatabase;
import cn.tuoyu.testing.TestTokens;
import cn.tuoyu.vouchers.VoucherFixtures;

/** Hourly care over HTTP: publishing places, booking under races, one session at a time, cancelling. */
class HourlyCareBookingIT extends AgainstTheApp {

    static final String HAIMEN = "320614";

    record Family(String token, String childId) {
    }

    Family family(int months) {
        String token = FamilyFixtures.consentingResident(api);
        return new Family(token, FamilyFixtures.registerChild(api, token, months, HAIMEN));
    }

    String facilityWithPlaces(int places) {
        String facility = FacilityFixtures.filed(api, HAIMEN);
        publish(api, facility, places);
        return facility;
    }

    JsonArray slots(String token, String facility, LocalDate day) {
        Api.Reply reply = api.get("/api/hourly-care/facilities/" + facility + "/slots?date=" + day, token);
        assertEquals(200, reply.status(), reply::toString);
        return reply.array();
    }

    int placesLeft(String token, String facility, Instant start) {
        return slots(token, facility, ChinaTime.dateOf(start)).stream().map(v -> v.asJsonObject())
                .filter(s -> OffsetDateTime.parse(s.getString("start")).toInstant().equals(start))
                .findFirst().orElseThrow().getInt("placesLeft");
    }

    @Test
    void aFacilityPublishesPlacesParentsSeeSlotsHealthStaffSeeCapacity() {
        String facility = facilityWithPlaces(5);
        Family family = family(20);
        LocalDate tomorrow = LocalDate.now(ChinaTime.ZONE).plusDays(1);
        JsonArray slots = slots(family.token(), facility, tomorrow);
        assertEquals(24, slots.size(), "hour-long slots round the clock");
        assertEquals(5, slots.getJsonObject(10).getInt("placesLeft"));
        assertTrue(slots.getJsonObject(10).getString("start").endsWith("T10:00:00+08:00"), slots::toString);
        assertProblem(api.get("/api/hourly-care/facilities/" + facility + "/slots?date=2026-02-30", family.token()),
                400, "invalid-date");

        JsonObject schedule = api.get("/api/hourly-care/schedule", TestTokens.facility(facility)).json();
        assertEquals(7, schedule.getJsonArray("openingHours").size());
        assertEquals("24:00", schedule.getJsonArray("openingHours").getJsonObject(0).getString("closes"));

        JsonArray capacity = api.get("/api/hourly-care/capacity?days=7", TestTokens.health(HAIMEN)).array();
        JsonObject line = capacity.stream().map(v -> v.asJsonObject())
                .filter(c -> c.getString("facilityId").equals(facility)).findFirst().orElseThrow();
        assertEquals(120, line.getJsonArray("days").getJsonObject(0).getInt("places"));
        assertEquals(840, line.getInt("total"));
        assertTrue(api.get("/api/hourly-care/capacity", TestTokens.health("410302")).array().stream()
                .noneMatch(c -> c.asJsonObject().getString("facilityId").equals(facility)), "another district's");
    }

    @Test
    void onlyAFiledFacilityOfferingHourlyCarePublishes() {
        String fullDayOnly = FacilityFixtures.filed(api, HAIMEN, "FULL_DAY");
        assertProblem(api.put("/api/hourly-care/schedule", TestTokens.facility(fullDayOnly),
                HourlyCareFixtures.roundTheClock(5)), 422, "not-hourly-care-facility");
        String facility = FacilityFixtures.filed(api, HAIMEN);
        assertProblem(api.put("/api/hourly-care/schedule", TestTokens.facility(facility), """
                {"slotMinutes": 60, "places": 5, "minAgeMonths": 30, "maxAgeMonths": 13, "openingHours": []}"""),
                400, "invalid-care-schedule");
        assertProblem(api.put("/api/hourly-care/schedule", family(20).token(), HourlyCareFixtures.roundTheClock(5)),
                403);
    }

    @Test
    void aHundredParentsForFivePlacesGetExactlyFive() throws Exception {
        String facility = facilityWithPlaces(5);
        Instant start = tomorrowAtTen();
        List<Family> families = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            families.add(family(14 + i % 20));
        }
        List<Callable<Integer>> bookings = new ArrayList<>();
        for (Family f : families) {
            bookings.add(() -> tryBook(api, f.token(), facility, f.childId(), start, null).status());
        }
        Map<Integer, Integer> statuses = Concurrently.statuses(bookings, 50);
        assertEquals(5, statuses.getOrDefault(201, 0), statuses::toString);
        assertEquals(95, statuses.getOrDefault(409, 0), statuses::toString);
        assertEquals(5, TestDatabase.careSlotTaken(facility, start));
        assertEquals(5, TestDatabase.careSessions(facility, "BOOKED"));
        assertEquals(0, placesLeft(families.get(0).token(), facility, start));
        assertProblem(tryBook(api, families.get(0).token(), facility, families.get(0).childId(), start, null), 409);
    }

    @Test
    void aChildIsInOneSessionAtATimeWhicheverFacility() {
        Family family = family(20);
        String first = facilityWithPlaces(5);
        String second = facilityWithPlaces(5);
        Instant start = tomorrowAtTen();
        String session = book(api, family.token(), first, family.childId(), start, null);
        assertProblem(tryBook(api, family.token(), second, family.childId(), start, null), 409,
                "child-already-in-session");
        assertEquals(5, placesLeft(family.token(), second, start), "the refused booking took no place");
        assertEquals(201, tryBook(api, family.token(), second, family.childId(), start.plusSeconds(3600), null)
                .status(), "the next hour does not overlap");
        assertEquals(200, api.post("/api/hourly-care/sessions/" + session + "/cancellation", family.token(), "{}")
                .status());
        assertEquals(201, tryBook(api, family.token(), second, family.childId(), start, null).status(),
                "a cancelled session no longer holds the child's time");
    }

    @Test
    void theDatabaseRefusesOverlappingSessionsOfAChild() {
        Family family = family(20);
        String facility = facilityWithPlaces(5);
        String session = book(api, family.token(), facility, family.childId(), tomorrowAtTen(), null);
        var refused = TestDatabase.refusalOf("INSERT INTO hourly_care_sessions (id, facility_id, district_code, "
                + "child_id, guardian_subject, starts_at, ends_at, closes_at, state, reservation_id, booked_at, "
                + "slot_id) SELECT gen_random_uuid(), facility_id, district_code, child_id, guardian_subject, "
                + "starts_at + interval '30 minutes', ends_at + interval '30 minutes', closes_at, 'BOOKED', "
                + "gen_random_uuid(), booked_at, slot_id FROM hourly_care_sessions WHERE id = ?",
                TestDatabase.uuid(session));
        assertTrue(refused != null && "23P01".equals(refused.getSQLState()), "exclusion constraint: " + refused);
    }

    @Test
    void ageOutsideTheRangeAndSlotsThatDoNotExistAreRefused() {
        String facility = facilityWithPlaces(5);
        Family baby = family(8);
        assertProblem(tryBook(api, baby.token(), facility, baby.childId(), tomorrowAtTen(), null), 422);
        Family family = family(20);
        assertProblem(tryBook(api, family.token(), facility, family.childId(), tomorrowAtTen().plusSeconds(1800),
                null), 422, "care-slot-not-found");
        assertProblem(tryBook(api, family.token(), facility, family(20).childId(), tomorrowAtTen(), null), 404);
    }

    @Test
    void cancellingBeforeTheCutoffGivesThePlaceAndTheVoucherBack() {
        Family family = family(20);
        String facility = facilityWithPlaces(5);
        String batch = VoucherFixtures.publishedBatch(api, HAIMEN, 10, 1, false);
        String voucher = VoucherFixtures.claim(api, family.token(), family.childId(), batch).getString("id");
        Instant start = tomorrowAtTen();
        String session = book(api, family.token(), facility, family.childId(), start, voucher);
        assertEquals("HELD", TestDatabase.voucherState(voucher));
        assertEquals("VOUCHER", session(api, family.token(), session).getString("paidWith"));
        assertEquals(4, placesLeft(family.token(), facility, start));
        assertProblem(api.get("/api/vouchers/" + voucher + "/code", family.token()), 409, "voucher-held");

        JsonObject cancelled = api.post("/api/hourly-care/sessions/" + session + "/cancellation", family.token(),
                "{}").json();
        assertEquals("CANCELLED", cancelled.getString("state"));
        assertEquals("CLAIMED", TestDatabase.voucherState(voucher));
        assertEquals(5, placesLeft(family.token(), facility, start));
        assertEquals(List.of("BOOKED", "CANCELLED"), TestDatabase.careAuditActions(session));
    }

    @Test
    void withdrawingConsentCancelsABookedSessionAndForgetsWhoWasNamedToPickUp() {
        Family family = family(20);
        String facility = facilityWithPlaces(5);
        String batch = VoucherFixtures.publishedBatch(api, HAIMEN, 10, 1, false);
        String voucher = VoucherFixtures.claim(api, family.token(), family.childId(), batch).getString("id");
        Instant start = tomorrowAtTen();
        String session = book(api, family.token(), facility, family.childId(), start, voucher);
        Api.Reply named = api.post("/api/hourly-care/sessions/" + session + "/pickups", family.token(),
                "{\"name\":\"王秀英\",\"relation\":\"祖母\",\"phone\":\"13812345678\"}");
        assertEquals(201, named.status(), named::toString);
        assertEquals(1, TestDatabase.carePickups(session));
        String bystander = family(20).token();
        assertEquals(4, placesLeft(bystander, facility, start));

        assertEquals(204, api.delete("/api/consents/children-data", family.token()).status());
        assertEquals(1, TestDatabase.careSessions(facility, "CANCELLED"), "cancelled whatever the cutoff");
        assertEquals(5, placesLeft(bystander, facility, start), "the place is back");
        assertEquals("CANCELLED", TestDatabase.voucherState(voucher), "given back, then cancelled with the child");
        assertEquals(0, TestDatabase.carePickups(session), "the grandmother's name and number are gone");
        assertEquals(List.of("BOOKED", "PICKUP_NAMED", "CANCELLED"), TestDatabase.careAuditActions(session));
    }

    @Test
    void cancellingAnEntitlementSessionGivesTheUnitBack() {
        Family family = family(20);
        String facility = facilityWithPlaces(5);
        int before = remaining(api, family.token(), family.childId());
        String session = book(api, family.token(), facility, family.childId(), tomorrowAtTen(), null);
        assertEquals("ENTITLEMENT", session(api, family.token(), session).getString("paidWith"));
        assertEquals(before - 1, remaining(api, family.token(), family.childId()));
        api.post("/api/hourly-care/sessions/" + session + "/cancellation", family.token(), "{}");
        assertEquals(before, remaining(api, family.token(), family.childId()));
    }

    @Test
    void afterTheCutoffASessionCannotBeCancelled() {
        Family family = family(20);
        String facility = facilityWithPlaces(5);
        String session = book(api, family.token(), facility, family.childId(), tomorrowAtTen(), null);
        clock.passTo(java.time.OffsetDateTime.parse(session(api, family.token(), session).getString("startsAt"))
                .toInstant().minus(java.time.Duration.ofMinutes(30)));
        assertProblem(api.post("/api/hourly-care/sessions/" + session + "/cancellation", family.token(), "{}"), 409,
                "care-cancel-cutoff-passed");
        assertEquals("BOOKED", session(api, family.token(), session).getString("state"));
    }

    @Test
    void anotherFamilysSessionIsNotFound() {
        Family family = family(20);
        String facility = facilityWithPlaces(5);
        String session = book(api, family.token(), facility, family.childId(), tomorrowAtTen(), null);
        String stranger = family(20).token();
        assertProblem(api.get("/api/hourly-care/sessions/" + session, stranger), 404, "care-session-not-found");
        assertProblem(api.get("/api/hourly-care/sessions/" + session + "/pass", stranger), 404);
        assertProblem(api.post("/api/hourly-care/sessions/" + session + "/cancellation", stranger, "{}"), 404);
        assertProblem(api.post("/api/hourly-care/sessions/" + session + "/pickups", stranger,
                "{\"name\":\"张三\",\"relation\":\"舅舅\",\"phone\":\"13800000000\"}"), 404);
        assertTrue(api.get("/api/hourly-care/sessions", stranger).array().isEmpty());
    }
}
