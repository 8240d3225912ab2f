package cn.tuoyu.guidance;

import static cn.tuoyu.families.FamilyFixtures.consentingResident;
import static cn.tuoyu.families.FamilyFixtures.registerChild;
import static cn.tuoyu.guidance.GuidanceFixtures.HAIMEN;
import static cn.tuoyu.guidance.GuidanceFixtures.ZHANGWAN;
import static cn.tuoyu.guidance.GuidanceFixtures.assignedVisit;
import static cn.tuoyu.guidance.GuidanceFixtures.assigneeBody;
import static cn.tuoyu.guidance.GuidanceFixtures.created;
import static cn.tuoyu.guidance.GuidanceFixtures.download;
import static cn.tuoyu.guidance.GuidanceFixtures.dueChildIds;
import static cn.tuoyu.guidance.GuidanceFixtures.encode;
import static cn.tuoyu.guidance.GuidanceFixtures.family;
import static cn.tuoyu.guidance.GuidanceFixtures.health;
import static cn.tuoyu.guidance.GuidanceFixtures.inDays;
import static cn.tuoyu.guidance.GuidanceFixtures.known;
import static cn.tuoyu.guidance.GuidanceFixtures.ok;
import static cn.tuoyu.guidance.GuidanceFixtures.openVisitBody;
import static cn.tuoyu.guidance.GuidanceFixtures.outcomeBody;
import static cn.tuoyu.guidance.GuidanceFixtures.parseCsv;
import static cn.tuoyu.guidance.GuidanceFixtures.requestedVisit;
import static cn.tuoyu.guidance.GuidanceFixtures.roster;
import static cn.tuoyu.guidance.GuidanceFixtures.scheduledVisit;
import static cn.tuoyu.guidance.GuidanceFixtures.sessionsLeft;
import static cn.tuoyu.guidance.GuidanceFixtures.visitBody;
import static cn.tuoyu.guidance.GuidanceFixtures.windowBody;
import static cn.tuoyu.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import cn.tuoyu.guidance.GuidanceFixtures.Family;
import cn.tuoyu.guidance.GuidanceFixtures.Visit;
import cn.tuoyu.testing.AgainstTheApp;
import cn.tuoyu.testing.Api;
import cn.tuoyu.testing.TestDatabase;
import cn.tuoyu.testing.TestTokens;

/**
 * The health staff's home-visit roster over real HTTP: its filters, the due list of children with unused guidance and
 * the visits a coordinator opens for them, overdue visits, and the CSV export read back as Excel reads it. The due
 * list tests use 枣庄市市中区 (370402), a district few other tests fill, so the list stays a few pages long.
 */
class RosterIT extends AgainstTheApp {

    static final String SHIZHONG = "370402";

    @Test
    void theRosterPagesWithTheTotalOfEveryVisitTheFiltersMatch() {
        Visit first = assignedVisit(api);
        for (int i = 0; i < 2; i++) {
            Visit more = requestedVisit(api);
            ok(api.put("/api/staff/visits/" + more.id() + "/assignee", more.coordinator(),
                    assigneeBody(first.staffId())));
        }
        String staff = "/api/staff/visits?staff=" + first.staffId();
        JsonObject page0 = ok(api.get(staff + "&size=2", first.coordinator())).json();
        assertEquals(2, page0.getJsonArray("items").size(), page0::toString);
        assertEquals(3, page0.getJsonNumber("total").longValue(), page0::toString);
        assertEquals(0, page0.getInt("page"));
        assertEquals(2, page0.getInt("size"));
        JsonObject page1 = ok(api.get(staff + "&size=2&page=1", first.coordinator())).json();
        assertEquals(1, page1.getJsonArray("items").size(), page1::toString);
        assertEquals(3, page1.getJsonNumber("total").longValue(), page1::toString);
        assertProblem(api.get(staff + "&size=101", first.coordinator()), 400);
    }

    @Test
    void theRosterFiltersByStreetStateStaffAndDay() {
        Visit visit = scheduledVisit(api);
        ok(api.put("/api/staff/visits/" + visit.id() + "/outcome", visit.staff(), outcomeBody("DONE", "喂养")));
        String colleague = TestTokens.health(HAIMEN);
        String street = "subDistrict=" + encode(visit.street());

        List<JsonObject> byStreet = roster(api, colleague, street);
        assertEquals(1, byStreet.size(), byStreet::toString);
        assertEquals(1, roster(api, colleague, "state=DONE&staff=" + visit.staffId()).size());
        assertEquals(0, roster(api, colleague, "state=SCHEDULED&" + street).size());
        String day = visit.scheduledAt().toLocalDate().toString();
        assertEquals(1, roster(api, colleague, street + "&from=" + day + "&to=" + day).size());
        assertEquals(0, roster(api, colleague, street + "&to=" + visit.scheduledAt().toLocalDate().minusDays(5))
                .size());
        assertEquals(0, roster(api, health("coord-" + UUID.randomUUID(), ZHANGWAN, true), street).size());
        assertProblem(api.get("/api/staff/visits?state=LOST", colleague), 400);
        assertProblem(api.get("/api/staff/visits?from=2026-02-30", colleague), 400, "invalid-date");
    }

    @Test
    void aChildWithUnusedGuidanceIsDueUntilTheCoordinatorOpensAVisitForIt() {
        Family family = family(api, SHIZHONG, 1);
        String due = family.child();
        String coordinator = health("coord-" + UUID.randomUUID(), SHIZHONG, true);
        String staffId = "health-" + UUID.randomUUID();
        String staff = known(api, health(staffId, SHIZHONG, false));

        assertTrue(dueChildIds(api, staff).contains(due), "an infant with two unused sessions is due");
        assertFalse(dueChildIds(api, health("x-" + UUID.randomUUID(), ZHANGWAN, false)).contains(due));
        assertProblem(api.post("/api/staff/visits", staff, openVisitBody(due, staffId)), 403, "coordinator-required");
        assertProblem(api.post("/api/staff/visits", health("c-" + UUID.randomUUID(), ZHANGWAN, true),
                openVisitBody(due, staffId)), 404, "child-not-found");
        assertProblem(api.post("/api/staff/visits", coordinator, openVisitBody(due, "张医生")), 422,
                "unknown-assignee");
        assertTrue(dueChildIds(api, staff).contains(due), "a refused opening opens nothing");

        Api.Reply opened = api.post("/api/staff/visits", coordinator, openVisitBody(due, staffId));
        assertEquals(201, opened.status(), opened::toString);
        assertEquals("ASSIGNED", opened.json().getString("state"));
        assertFalse(dueChildIds(api, staff).contains(due), "an open visit takes the child off the due list");
        assertEquals(1, sessionsLeft(api, family.token(), due));
    }

    @Test
    void aVisitPastItsWindowIsOverdueAndAnAbsentFamilyIsDueAgain() {
        Family family = family(api, SHIZHONG, 1);
        String due = family.child();
        String staffId = "health-" + UUID.randomUUID();
        String staff = known(api, health(staffId, SHIZHONG, false));
        String visit = created(api.post("/api/staff/visits", health("coord-" + UUID.randomUUID(), SHIZHONG, true),
                openVisitBody(due, staffId)));
        OffsetDateTime at = inDays(1);
        ok(api.put("/api/staff/visits/" + visit + "/schedule", staff, windowBody(at, at.plusHours(1))));
        assertFalse(ok(api.get("/api/staff/visits/" + visit, staff)).json().getBoolean("overdue"));

        clock.passTo(at.plusHours(1).plusMinutes(1).toInstant());
        List<JsonObject> overdue = roster(api, staff, "overdue=true&staff=" + staffId);
        assertEquals(1, overdue.size(), overdue::toString);
        assertTrue(overdue.get(0).getBoolean("overdue"));

        Api.Reply absent = api.put("/api/staff/visits/" + visit + "/outcome", staff, outcomeBody("FAMILY_ABSENT"));
        assertEquals("MISSED", ok(absent).json().getString("state"));
        assertEquals(2, sessionsLeft(api, family.token(), due), "an absent family keeps the session");
        assertTrue(dueChildIds(api, staff).contains(due), "and is due again");
        assertEquals(0, roster(api, staff, "overdue=true&staff=" + staffId).size());
        assertTrue(TestDatabase.accessLogEntries(due, "HOME_VISIT") > 0, "staff reads are logged");
    }

    @Test
    void theRosterExportsAsCsvThatExcelOpensWithChineseText() throws Exception {
        String parent = consentingResident(api);
        String child = registerChild(api, parent, 2, HAIMEN);
        String street = "滨江街道-" + UUID.randomUUID().toString().substring(0, 8);
        String visit = created(api.post("/api/visits", parent, visitBody(child, street, "海门区长江路8号, \"东\"门",
                inDays(2), inDays(2).plusHours(1))));
        String trap = consentingResident(api);
        created(api.post("/api/visits", trap, visitBody(registerChild(api, trap, 2, HAIMEN), street,
                "=HYPERLINK(\"http://example.invalid\",\"x\")", inDays(2), inDays(2).plusHours(1))));
        String coordinator = health("coord-" + UUID.randomUUID(), HAIMEN, true);
        String colleague = TestTokens.health(HAIMEN);

        HttpResponse<byte[]> csv = download(api, "/api/staff/visits/export?subDistrict=" + encode(street),
                coordinator, "text/csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("content-type").orElseThrow().startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("content-disposition").orElseThrow().contains("attachment"));
        byte[] bytes = csv.body();
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\n"), "Excel line ends");
        List<CSVRecord> rows = parseCsv(text);
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

        List<CSVRecord> hidden = parseCsv(new String(download(api, "/api/staff/visits/export?subDistrict="
                + encode(street), colleague, "text/csv").body(), StandardCharsets.UTF_8).substring(1));
        assertEquals(2, hidden.size());
        assertTrue(hidden.stream().allMatch(r -> r.get("地址").isEmpty()), "colleagues not assigned see no address");
        assertEquals(403, download(api, "/api/staff/visits/export", parent, "text/csv").statusCode());
    }
}
