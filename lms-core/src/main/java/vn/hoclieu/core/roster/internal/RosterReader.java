package vn.hoclieu.core.roster.internal;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.hoclieu.core.roster.RosterFile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a roster file into rows by column, or says in one problem why the whole file cannot be
 * read: not UTF-8 (Windows-1258/1252, UTF-16, or UTF-8 saved twice), not a CSV/XLSX, missing
 * columns, too large, too many rows. Checks of the values come after ({@link RosterChecker}).
 */
final class RosterReader {

    static {
        // a roster is small: refuse anything in the XLSX's zip that inflates suspiciously or grows large
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(64L * 1024 * 1024);
        ZipSecureFile.setMaxTextSize(20L * 1024 * 1024);
        ZipSecureFile.setMaxFileCount(1000);
    }

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, (byte) 0x11, (byte) 0xE0};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    /** What Vietnamese UTF-8 looks like when read as Windows-1252: "á»", "áº", "Æ°" (ư), "Ä‘" (đ), "Ã" + a Latin-1 sign. */
    private static final java.util.regex.Pattern MOJIBAKE = java.util.regex.Pattern.compile("á»|áº|Æ°|Ä‘|Ã[\u00A0-\u00BF]");

    private RosterReader() {
    }

    static RawRoster read(RosterFile file) {
        byte[] bytes = file.content();
        if (bytes.length > RosterFile.MAX_BYTES) {
            return RawRoster.problem("too_large", RosterFile.MAX_BYTES / (1024 * 1024));
        }
        if (bytes.length == 0) {
            return RawRoster.problem("empty");
        }
        if (startsWith(bytes, OLE2)) {
            return RawRoster.problem("xls_not_supported");
        }
        return file.format() == RosterFile.Format.XLSX ? readXlsx(bytes) : readCsv(bytes);
    }

    // ---- CSV

    private static RawRoster readCsv(byte[] bytes) {
        if (startsWith(bytes, ZIP)) {
            return RawRoster.problem("wrong_format");
        }
        Optional<String> text = utf8(bytes);
        if (text.isEmpty()) {
            return RawRoster.problem("not_utf8");
        }
        String csv = text.get();
        char delimiter = delimiterOf(csv);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true).get();
        List<List<String>> records = new ArrayList<>();
        int nonBlank = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
            for (CSVRecord record : parser) {
                List<String> values = new ArrayList<>();
                record.forEach(values::add);
                records.add(values);
                if (!blank(values.toArray()) && ++nonBlank > RosterFile.MAX_ROWS + 1) {
                    return RawRoster.problem("too_many_rows", RosterFile.MAX_ROWS);
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            return RawRoster.problem("unreadable");
        }
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            rows.add(new Object[]{i + 1, records.get(i).toArray()});
        }
        return table(rows);
    }

    /**
     * Strict UTF-8 (a BOM allowed), and not text that was UTF-8 read as Windows-1252 and saved
     * again as UTF-8 ("Nguyá»…n"): both would put garbage in children's names.
     */
    static Optional<String> utf8(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return Optional.empty(); // UTF-16 ("Unicode text" in Excel)
        }
        int start = startsWith(bytes, UTF8_BOM) ? 3 : 0;
        for (int i = start; i < Math.min(bytes.length, 4096); i++) {
            if (bytes[i] == 0) {
                return Optional.empty(); // UTF-16 without a BOM
            }
        }
        String text;
        try {
            text = strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        return looksDoubleEncoded(text) ? Optional.empty() : Optional.of(text);
    }

    private static boolean looksDoubleEncoded(String text) {
        if (text.chars().noneMatch(c -> c >= 0xC0 && c <= 0xFF)) {
            return false;
        }
        try {
            Charset cp1252 = Charset.forName("windows-1252");
            ByteBuffer raw = cp1252.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
            String again = strict(StandardCharsets.UTF_8).decode(raw).toString();
            return again.length() < text.length();
        } catch (CharacterCodingException e) {
            // real Vietnamese (characters outside Windows-1252), or a lossy round trip: look for its traces
            return MOJIBAKE.matcher(text).find();
        }
    }

    private static java.nio.charset.CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Excel in Vietnam writes ";" (the decimal separator is ","), elsewhere ","; a few tools write tabs. */
    static char delimiterOf(String csv) {
        String first = csv.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        long semicolons = first.chars().filter(c -> c == ';').count();
        long commas = first.chars().filter(c -> c == ',').count();
        long tabs = first.chars().filter(c -> c == '\t').count();
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    // ---- XLSX

    private static RawRoster readXlsx(byte[] bytes) {
        if (!startsWith(bytes, ZIP)) {
            return RawRoster.problem("wrong_format");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                return RawRoster.problem("empty");
            }
            Sheet sheet = workbook.getSheetAt(0);
            List<Object[]> rows = new ArrayList<>();
            int nonBlank = 0;
            for (Row row : sheet) {
                short last = row.getLastCellNum();
                Object[] cells = new Object[Math.max(0, last)];
                boolean any = false;
                for (int c = 0; c < cells.length; c++) {
                    cells[c] = value(row.getCell(c));
                    any |= cells[c] != null;
                }
                if (any && ++nonBlank > RosterFile.MAX_ROWS + 1) {
                    return RawRoster.problem("too_many_rows", RosterFile.MAX_ROWS);
                }
                rows.add(new Object[]{row.getRowNum() + 1, cells});
            }
            return table(rows);
        } catch (Exception e) {
            // a zip bomb, a broken or encrypted file, a strict-OOXML file: POI says so by throwing
            return RawRoster.problem("unreadable");
        }
    }

    private static Object value(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> blankToNull(cell.getStringCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> null;
        };
    }

    // ---- both

    /** Rows as {line, cells[]}: the first non-blank row is the header. */
    private static RawRoster table(List<Object[]> rows) {
        int headerIndex = -1;
        for (int i = 0; i < rows.size() && headerIndex < 0; i++) {
            if (!blank((Object[]) rows.get(i)[1])) {
                headerIndex = i;
            }
        }
        if (headerIndex < 0) {
            return RawRoster.problem("empty");
        }
        Object[] header = (Object[]) rows.get(headerIndex)[1];
        Map<RosterColumn, Integer> columns = new EnumMap<>(RosterColumn.class);
        for (int c = 0; c < header.length; c++) {
            Object h = header[c];
            Optional<RosterColumn> column = h == null ? Optional.empty() : RosterColumn.ofHeader(h.toString());
            if (column.isPresent() && columns.putIfAbsent(column.get(), c) != null) {
                return RawRoster.problem("duplicate_column", h.toString());
            }
        }
        List<String> missing = new ArrayList<>();
        for (RosterColumn c : RosterColumn.values()) {
            if (c.required && !columns.containsKey(c)) {
                missing.add(c.header);
            }
        }
        if (!missing.isEmpty()) {
            return RawRoster.problem("missing_columns", String.join(", ", missing));
        }
        List<RawRoster.Row> result = new ArrayList<>();
        for (Object[] row : rows.subList(headerIndex + 1, rows.size())) {
            Object[] cells = (Object[]) row[1];
            if (blank(cells)) {
                continue;
            }
            Map<RosterColumn, Object> byColumn = new EnumMap<>(RosterColumn.class);
            columns.forEach((column, index) -> {
                Object v = index < cells.length ? cells[index] : null;
                if (v instanceof String s) {
                    v = blankToNull(s);
                }
                if (v != null) {
                    byColumn.put(column, v);
                }
            });
            result.add(new RawRoster.Row((Integer) row[0], byColumn));
        }
        if (result.isEmpty()) {
            return RawRoster.problem("no_rows");
        }
        if (result.size() > RosterFile.MAX_ROWS) {
            return RawRoster.problem("too_many_rows", RosterFile.MAX_ROWS);
        }
        return new RawRoster(null, result);
    }

    private static boolean blank(Object[] cells) {
        for (Object c : cells) {
            if (c != null && !(c instanceof String s && s.isBlank())) {
                return false;
            }
        }
        return true;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
