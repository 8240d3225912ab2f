package cn.tuoyu.platform.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.Json;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import cn.tuoyu.facilities.FacilityFixtures;
import cn.tuoyu.families.FamilyFixtures;
import cn.tuoyu.families.control.IdentityCipher;
import cn.tuoyu.testing.AgainstTheApp;
import cn.tuoyu.testing.Api;
import cn.tuoyu.testing.IntegrationEnvironment;
import cn.tuoyu.testing.TestTokens;
import cn.tuoyu.vouchers.VoucherFixtures;

/**
 * Every CSV export (the settlement statement as facility staff and as health staff see it, the home-visit roster),
 * fed hostile text in every free-text field that reaches it, read back as Excel would read it: no cell may start a
 * formula, and every row is there. What the API accepts is sent through the API; what it now refuses (bidi controls,
 * line breaks in names, overlong text) is written straight into the database, as data stored before the refusal
 * existed would be.
 */
class ExportsIT extends AgainstTheApp {

    static final String HAIMEN = "320614";
    static final String FORMULA = "=HYPERLINK(\"http://example.invalid/x\",\"结算单\")";

    /** Hostile text for columns of at most {@code max} characters (the database's own limits). */
    static List<String> hostile(int max) {
        List<String> texts = new ArrayList<>(List.of(FORMULA, "+SUM(1,2)", "-1+2", "@SUM(A1:A9)", "\t=1+1",
                "\r=1+1", "\n=1+1", "\u202E=1+1", "\u202Eexe.evil\u202C", "＝1+1", "名称\r\n=1+1\n@x",
                "\"引号\", \"=1+1\"", "'已转义"));
        texts.add("=" + "长".repeat(max - 1));
        return texts.stream().map(t -> t.length() > max ? t.substring(0, max) : t).toList();
    }

    @Test
    void theSettlementStatementShowsHostileFacilityAndBatchNamesAsText() throws Exception {
        String health = TestTokens.health(HAIMEN);
        String facility = FacilityFixtures.filed(api, HAIMEN);
        String parent = FamilyFixtures.consentingResident(api);
        String child = FamilyFixtures.registerChild(api, parent, 20, HAIMEN);
        List<String> batchNames = hostile(100);
        List<String> batches = new ArrayList<>();
        for (String name : batchNames) {
            String batch = VoucherFixtures.publishedBatch(api, HAIMEN, 5, 1, false);
            if (name.equals(FORMULA)) {
                assertEquals(201, api.post("/api/voucher-batches", health, VoucherFixtures.batchJson(FORMULA, 1, 1,
                        false)).status(), "a formula-like name is text the API takes");
            }
            sql("UPDATE voucher_batches SET name = ? WHERE id = ?::uuid", name, batch);
            String voucher = VoucherFixtures.claim(api, parent, child, batch).getString("id");
            Api.Reply redeemed = VoucherFixtures.redeem(api, facility,
                    VoucherFixtures.scanned(VoucherFixtures.codeText(api, parent, voucher)), null);
            assertEquals(201, redeemed.status(), redeemed::toString);
            batches.add(batch);
        }
        String facilityName = "\u202E=HYPERLINK(\"http://example.invalid/x\")\r\n-托育" + "园".repeat(150);
        sql("UPDATE facilities SET name = ? WHERE id = ?::uuid", facilityName, facility);
        String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();

        for (String token : List.of(TestTokens.facility(facility), health)) {
            int lines = api.get("/api/settlements?month=" + month, token).array().size();
            List<CSVRecord> rows = download("/api/settlements/csv?month=" + month, token);
            assertEquals(1 + lines + 1, rows.size(), "header, one row per facility and batch, total");
            assertNoLiveFormula(rows, 5, 6, 7);
            for (int i = 0; i < batches.size(); i++) {
                String id = batches.get(i);
                CSVRecord row = rows.stream().filter(r -> r.get(4).equals(id)).findFirst().orElseThrow();
                assertEquals(CsvTable.guard(batchNames.get(i)), row.get(3), "the name survives, defused");
                assertEquals(facilityName, row.get(1), "a name starting with a bidi control needs no apostrophe");
                assertEquals("1", row.get(5));
            }
        }
    }

    @Test
    void theRosterShowsHostileNamesAddressesNotesAndTopicsAsText() throws Exception {
        String street = "=街道-" + UUID.randomUUID().toString().substring(0, 8);
        String coordinator = TestTokens.sign(TestTokens.claims("coord-" + UUID.randomUUID(),
                List.of("health-commission", "visit-coordinator"), Map.of("district", HAIMEN)).build());
        List<String> visits = new ArrayList<>();
        List<String> shortTexts = hostile(50);
        for (String text : shortTexts) {
            String parent = FamilyFixtures.consentingResident(api);
            String child = FamilyFixtures.registerChild(api, parent, 2, HAIMEN);
            var start = java.time.OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(3)
                    .truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
            Api.Reply visit = api.post("/api/visits", parent, Json.createObjectBuilder().add("childId", child)
                    .add("subDistrict", street).add("address", "@海门区 \"东\"门, =1+1")
                    .add("preferredWindows", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("start", start.toString()).add("end", start.plusHours(1).toString())))
                    .build().toString());
            assertEquals(201, visit.status(), visit::toString);
            String id = visit.json().getString("id");
            sql("UPDATE children SET name = ? WHERE id = ?::uuid", text, child);
            String longText = text + "。".repeat(1000);
            byte[] address = new IdentityCipher(IntegrationEnvironment.runIdentityKey())
                    .encryptAddress(UUID.fromString(id), text);
            sql("UPDATE home_visits SET address_cipher = ?, assigned_to = ?, outcome_notes = ?, topics = ARRAY[?, ?] "
                    + "WHERE id = ?::uuid", address, text, longText, text, longText, id);
            visits.add(id);
        }

        List<CSVRecord> rows = download("/api/staff/visits/export?subDistrict="
                + URLEncoder.encode(street, StandardCharsets.UTF_8), coordinator);
        assertEquals(1 + visits.size(), rows.size(), "header and one row per visit");
        assertNoLiveFormula(rows, 4);
        for (int i = 0; i < visits.size(); i++) {
            String id = visits.get(i);
            CSVRecord row = rows.stream().filter(r -> r.get(0).equals(id)).findFirst().orElseThrow();
            String text = shortTexts.get(i);
            assertEquals(CsvTable.guard(street), row.get(2));
            assertEquals(CsvTable.guard(text), row.get(12), "address");
            assertEquals(CsvTable.guard(text), row.get(5), "assignee");
            assertEquals(CsvTable.guard(text + "。".repeat(1000)), row.get(11), "notes");
        }
    }

    /** No cell starts a formula; a leading minus only in the given numeric columns, and only on a number. */
    static void assertNoLiveFormula(List<CSVRecord> rows, int... numericColumns) {
        for (CSVRecord row : rows) {
            for (int column = 0; column < row.size(); column++) {
                String cell = row.get(column);
                if (cell.isEmpty()) {
                    continue;
                }
                final int c = column;
                char first = cell.charAt(0);
                boolean numeric = java.util.Arrays.stream(numericColumns).anyMatch(n -> n == c);
                if (first == '-' && numeric) {
                    assertTrue(cell.matches("-[0-9]+(\\.[0-9]+)?"), () -> "numeric cell " + cell);
                    continue;
                }
                assertFalse("=+-@\t\r\n＝＋－＠".indexOf(first) >= 0,
                        () -> "row " + row.getRecordNumber() + " column " + c + " starts a formula: " + cell);
            }
        }
    }

    List<CSVRecord> download(String path, String token) throws IOException {
        Api.Reply reply = api.send(api.request(path, token).setHeader("Accept", "text/csv").GET());
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("text/csv"), reply.contentType());
        assertTrue(reply.body().startsWith("\uFEFF"), "a byte-order mark for Excel");
        return CSVFormat.EXCEL.parse(new StringReader(reply.body().substring(1))).getRecords();
    }

    static void sql(String statement, Object... parameters) throws SQLException {
        try (Connection c = IntegrationEnvironment.connect(); PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            assertEquals(1, s.executeUpdate(), statement);
        }
    }
}
