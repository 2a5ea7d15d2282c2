package vn.hoclieu.core.gradebook;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The XLSX book as a teacher opens it: the ministry's headers, the marks as numbers, print and freeze settings. */
class GradebookWorkbookTest {

    private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("title", "SỔ THEO DÕI VÀ ĐÁNH GIÁ HỌC SINH"),
            Map.entry("stt", "STT"), Map.entry("name", "Họ và tên"), Map.entry("regular", "ĐĐGtx"), Map.entry("midterm", "ĐĐGgk"),
            Map.entry("endOfTerm", "ĐĐGck"), Map.entry("average", "ĐTBmhk"), Map.entry("comment", "Nhận xét"),
            Map.entry("level", "Mức đạt được"), Map.entry("level.mid", "Giữa kỳ"), Map.entry("level.end", "Cuối kỳ"),
            Map.entry("test", "Điểm KTĐK"), Map.entry("term.FIRST", "Học kỳ I"), Map.entry("qualities", "Phẩm chất"),
            Map.entry("aspect.YEU_NUOC", "Yêu nước"), Map.entry("rating.TOT", "T"));

    private static String word(String key) {
        return WORDS.getOrDefault(key, key);
    }

    private static GradeSheet secondary() {
        List<GradeSheet.Column> columns = List.of(new GradeSheet.Column(1, ColumnKind.REGULAR, ColumnSource.MANUAL, null, "TX1"),
                new GradeSheet.Column(2, ColumnKind.REGULAR, ColumnSource.ASSIGNMENT, 9L, "Bài tập"),
                new GradeSheet.Column(3, ColumnKind.MIDTERM, ColumnSource.MANUAL, null, "GK"),
                new GradeSheet.Column(4, ColumnKind.END_OF_TERM, ColumnSource.MANUAL, null, "CK"));
        List<GradeSheet.Cell> cells = List.of(new GradeSheet.Cell(1, new BigDecimal("7.5"), null, null, 0),
                new GradeSheet.Cell(2, new BigDecimal("8"), null, null, 0), new GradeSheet.Cell(3, new BigDecimal("6"), null, null, 0),
                new GradeSheet.Cell(4, new BigDecimal("9"), null, "Tiến bộ rõ", 0));
        SubjectResult result = SubjectResult.of(SubjectAssessment.of(7, "GDCD"),
                List.of(marked(ColumnKind.REGULAR, "7.5"), marked(ColumnKind.REGULAR, "8"), marked(ColumnKind.MIDTERM, "6"), marked(ColumnKind.END_OF_TERM, "9")));
        return new GradeSheet(1, "7A", 7, "Trường TH&THCS Hòa Bình", "2026–2027", 5, "GDCD", "Giáo dục công dân", Term.FIRST,
                false, false, true, List.of(), columns, List.of(new GradeSheet.Row(11, "Vũ Minh Khánh", cells, result, null)));
    }

    private static SubjectResult.Marked marked(ColumnKind kind, String score) {
        return new SubjectResult.Marked(kind, Mark.score(score));
    }

    @Test
    void aSecondaryBookHasTheMinistrysHeadersTheScoresAsNumbersAndTheAverage() throws IOException {
        try (Workbook book = open(GradebookWorkbook.of(secondary(), null, GradebookWorkbookTest::word))) {
            Sheet sheet = book.getSheetAt(0);

            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("SỔ THEO DÕI VÀ ĐÁNH GIÁ HỌC SINH");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).contains("Giáo dục công dân", "7A", "Học kỳ I", "2026–2027");
            assertThat(headerRow(sheet, 4)).containsExactly("STT", "Họ và tên", "ĐĐGtx", "", "ĐĐGgk", "ĐĐGck", "ĐTBmhk", "Nhận xét");
            assertThat(headerRow(sheet, 5)).startsWith("", "", "1", "2");
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(4, 4, 2, 3));
            assertThat(sheet.getRow(6).getCell(2).getNumericCellValue()).isEqualTo(7.5);
            // Circular 22: (7.5 + 8 + 2·6 + 3·9) / (2 + 5) = 54.5 / 7 = 7.79 → 7.8
            assertThat(sheet.getRow(6).getCell(6).getNumericCellValue()).isEqualTo(7.8);
            assertThat(sheet.getRow(6).getCell(6).getCellStyle().getDataFormatString()).isEqualTo("[$-42A]0.0");
            assertThat(sheet.getRow(6).getCell(7).getStringCellValue()).isEqualTo("Tiến bộ rõ");
        }
    }

    @Test
    void aTermTwoBookAddsTheYearAverageBeforeTheComments() throws IOException {
        GradeSheet first = secondary();
        GradeSheet.Row row = first.rows().get(0);
        GradeSheet termTwo = new GradeSheet(1, "7A", 7, "Trường", "2026–2027", 5, "GDCD", "Giáo dục công dân", Term.SECOND, false, false, true,
                List.of(), first.columns(), List.of(new GradeSheet.Row(row.pupilId(), row.pupilName(), row.cells(), row.result(), new BigDecimal("8.3"))));

        try (Workbook book = open(GradebookWorkbook.of(termTwo, null, GradebookWorkbookTest::word))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(headerRow(sheet, 4)).endsWith("ĐTBmhk", "yearAverage", "Nhận xét");
            assertThat(sheet.getRow(6).getCell(7).getNumericCellValue()).isEqualTo(8.3);
        }
    }

    @Test
    void theBookPrintsOnA4LandscapeWithItsHeaderFrozenAndRepeated() throws IOException {
        try (Workbook book = open(GradebookWorkbook.of(secondary(), null, GradebookWorkbookTest::word))) {
            Sheet sheet = book.getSheetAt(0);

            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 6);
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("5:6"));
            assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(2));
        }
    }

    @Test
    void aPrimaryBookHasLevelsTheTestScoreAndASheetOfQualitiesAndCompetences() throws IOException {
        SubjectResult result = SubjectResult.of(SubjectAssessment.of(3, "TOAN"), List.of(
                new SubjectResult.Marked(ColumnKind.MIDTERM_RATING, Mark.rating("H")), new SubjectResult.Marked(ColumnKind.END_OF_TERM_RATING, Mark.rating("T")),
                new SubjectResult.Marked(ColumnKind.END_OF_TERM_TEST, Mark.score("9"))));
        GradeSheet sheet = new GradeSheet(2, "3B", 3, "Trường", "2026–2027", 3, "TOAN", "Toán", Term.FIRST, true, true, false,
                List.of(), List.of(), List.of(new GradeSheet.Row(21, "Lê Minh An", List.of(), result, null)));
        CompetenceSheet competences = new CompetenceSheet(2, "3B", Term.FIRST, true,
                List.of(new CompetenceSheet.Row(21, "Lê Minh An", Map.of(CompetenceAspect.YEU_NUOC, CompetenceRating.TOT))));

        try (Workbook book = open(GradebookWorkbook.of(sheet, competences, GradebookWorkbookTest::word))) {
            Sheet levels = book.getSheetAt(0);
            assertThat(headerRow(levels, 4)).containsExactly("STT", "Họ và tên", "Mức đạt được", "", "Điểm KTĐK", "Nhận xét");
            assertThat(headerRow(levels, 5)).startsWith("", "", "Giữa kỳ", "Cuối kỳ");
            assertThat(levels.getRow(6).getCell(2).getStringCellValue()).isEqualTo("H");
            assertThat(levels.getRow(6).getCell(3).getStringCellValue()).isEqualTo("T");
            assertThat(levels.getRow(6).getCell(4).getNumericCellValue()).isEqualTo(9);
            Sheet second = book.getSheetAt(1);
            assertThat(second.getRow(4).getCell(2).getStringCellValue()).isEqualTo("Phẩm chất");
            assertThat(second.getRow(5).getCell(2).getStringCellValue()).isEqualTo("Yêu nước");
            assertThat(second.getRow(6).getCell(2).getStringCellValue()).isEqualTo("T");
        }
    }

    private static List<String> headerRow(Sheet sheet, int row) {
        List<String> values = new java.util.ArrayList<>();
        sheet.getRow(row).forEach(cell -> values.add(cell.getStringCellValue()));
        return values;
    }

    private static Workbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }
}
