package vn.hoclieu.core.roster.internal;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.hoclieu.core.roster.RosterFile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** Roster files for tests: from test resources, from text, or spreadsheets built on the spot; and a school like the demo one. */
final class RosterFiles {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private RosterFiles() {
    }

    static RosterFile csv(String resource) {
        try (InputStream in = RosterFiles.class.getResourceAsStream("/roster/" + resource)) {
            return new RosterFile(RosterFile.Format.CSV, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RosterFile csvText(String text) {
        return new RosterFile(RosterFile.Format.CSV, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A spreadsheet whose rows are given as cells: Strings, LocalDates (stored as real, formatted dates) or Doubles. */
    static RosterFile xlsx(Object[]... rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Danh sách");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof LocalDate d) {
                        row.createCell(c).setCellValue(d);
                        row.getCell(c).setCellStyle(date);
                    } else if (v instanceof Double n) {
                        row.createCell(c).setCellValue(n);
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            workbook.write(out);
            return new RosterFile(RosterFile.Format.XLSX, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demo school's current year: classes 1A, 3B, 5C; one pupil already holds code 0999999999. */
    static SchoolContext demoSchool() {
        return new SchoolContext("2026–2027",
                Map.of("1a", new SchoolContext.ClassRef(1, "1A"), "3b", new SchoolContext.ClassRef(2, "3B"), "5c", new SchoolContext.ClassRef(3, "5C")),
                Set.of("0999999999"), Set.of(SchoolContext.pupilKey("Trần Thị Cũ", LocalDate.of(2017, 1, 1), 2)));
    }
}
