package cn.tuoyu.platform.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one writer of every CSV export, so that each opens safely in Excel: UTF-8 with a byte-order mark (Excel then
 * reads Chinese text), CRLF line ends and quoting as Excel expects (commons-csv's EXCEL format), and every text cell
 * defused against formula injection (see {@link #guard}). Numbers ({@link Number} cells) stay numbers, negative
 * ones included: only a numeric column may hold a live minus sign.
 */
public final class CsvTable {

    /** The media type of an export. */
    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    private final StringBuilder out = new StringBuilder().append('\uFEFF');
    private final CSVPrinter printer;
    private final int columns;

    public CsvTable(String... header) {
        this.columns = header.length;
        try {
            printer = new CSVPrinter(out, CSVFormat.EXCEL);
            row((Object[]) header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a row of exactly as many cells as the header has columns; null is an empty cell. */
    public CsvTable row(Object... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("a row needs " + columns + " cells, not " + cells.length);
        }
        Object[] safe = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = cell(cells[i]);
        }
        try {
            printer.printRecord(safe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public byte[] toBytes() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number) {
            return value;
        }
        return guard(value.toString());
    }

    /**
     * Text as a spreadsheet shows it without running it (OWASP, CSV injection): a cell starting with {@code =},
     * {@code +}, {@code -}, {@code @}, a tab, a carriage return or a line feed (or the full-width forms of the four
     * signs, which some East Asian Excel versions also read as a formula) gets a leading apostrophe.
     */
    public static String guard(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\n', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> "'" + text;
            default -> text;
        };
    }
}
