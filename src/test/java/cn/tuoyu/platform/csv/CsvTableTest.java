package cn.tuoyu.platform.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void textThatCouldStartAFormulaGetsALeadingApostrophe() {
        for (String hostile : new String[] {"=HYPERLINK(\"http://example.invalid/x\",\"结算单\")", "+1+1", "-2+3",
                "@SUM(A1)", "\tx", "\rx", "\nx", "＝1+1", "＋1", "－1", "＠x"}) {
            assertEquals("'" + hostile, CsvTable.guard(hostile), hostile);
        }
        for (String harmless : new String[] {"海门区托育中心", "a=b", "1-2", "'quoted", " =x", ""}) {
            assertEquals(harmless, CsvTable.guard(harmless), harmless);
        }
    }

    @Test
    void numbersStayNumbersAndTextNeverDoes() throws IOException {
        byte[] bytes = new CsvTable("text", "int", "decimal").row("-5", -5, new BigDecimal("-1.50"))
                .row(null, 0, new BigDecimal("1E+3")).toBytes();
        List<CSVRecord> rows = parse(bytes);
        assertEquals(3, rows.size());
        assertEquals(List.of("'-5", "-5", "-1.50"), rows.get(1).toList());
        assertEquals(List.of("", "0", "1000"), rows.get(2).toList());
    }

    @Test
    void excelReadsItAsUtf8WithCrLfAndQuotesWhatNeedsQuoting() throws IOException {
        UUID id = UUID.randomUUID();
        String multiline = "第一行\r\n第二行 \"引号\", 逗号";
        byte[] bytes = new CsvTable("编号", "名称").row(id, multiline).toBytes();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"));
        List<CSVRecord> rows = parse(bytes);
        assertEquals(2, rows.size());
        assertEquals(List.of(id.toString(), multiline), rows.get(1).toList());
    }

    @Test
    void aRowHasAsManyCellsAsTheHeader() {
        CsvTable table = new CsvTable("a", "b");
        assertThrows(IllegalArgumentException.class, () -> table.row("only one"));
    }

    private static List<CSVRecord> parse(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"));
        return CSVFormat.EXCEL.parse(new StringReader(text.substring(1))).getRecords();
    }
}
