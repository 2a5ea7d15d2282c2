package vn.hoclieu.core.gradebook;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import vn.hoclieu.core.TableWorkbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static vn.hoclieu.core.TableWorkbook.number;
import static vn.hoclieu.core.TableWorkbook.text;

/**
 * A gradebook sheet as an XLSX file laid out like the ministry's books ("Sổ theo dõi và đánh giá
 * học sinh"): a title block, two header rows (ĐĐGtx split into 1..n), a row per pupil with borders,
 * the header frozen and repeated on every printed A4 landscape page. Primary sheets add a second
 * sheet of qualities and competences. The words come from the caller ({@code text} maps a key such
 * as {@code title} to the reader's language).
 */
public final class GradebookWorkbook {

    /** Scores show one decimal with the Vietnamese locale (decimal comma in a Vietnamese Excel or LibreOffice). */
    static final String SCORE_FORMAT = "[$-42A]0.0";

    private final UnaryOperator<String> text;
    private final TableWorkbook workbook = new TableWorkbook();
    private final CellStyle titleStyle;
    private final CellStyle headerStyle;
    private final CellStyle textStyle;
    private final CellStyle centredStyle;
    private final CellStyle scoreStyle;
    private final CellStyle wholeStyle;

    private GradebookWorkbook(UnaryOperator<String> text) {
        this.text = text;
        titleStyle = workbook.title((short) 14, HorizontalAlignment.CENTER);
        headerStyle = workbook.header();
        textStyle = workbook.bordered(HorizontalAlignment.LEFT);
        centredStyle = workbook.bordered(HorizontalAlignment.CENTER);
        scoreStyle = workbook.bordered(SCORE_FORMAT);
        wholeStyle = workbook.bordered("0");
    }

    /** The file of a sheet, with the competences sheet of a primary class when given. */
    public static byte[] of(GradeSheet sheet, CompetenceSheet competences, UnaryOperator<String> text) {
        GradebookWorkbook file = new GradebookWorkbook(text);
        if (sheet.primary()) {
            file.primarySheet(sheet);
            if (competences != null) {
                file.competenceSheet(sheet, competences);
            }
        } else {
            file.secondarySheet(sheet);
        }
        return file.workbook.bytes();
    }

    private void secondarySheet(GradeSheet g) {
        List<GradeSheet.Column> assessed = g.columns().stream()
                .filter(c -> c.kind() == (g.commented() ? ColumnKind.PASS_FAIL : ColumnKind.REGULAR)).toList();
        GradeSheet.Column mid = single(g, ColumnKind.MIDTERM);
        GradeSheet.Column end = single(g, ColumnKind.END_OF_TERM);
        int n = Math.max(1, assessed.size());
        Sheet sheet = newSheet(text.apply("sheet.book"), g);
        List<String> groups = new ArrayList<>(List.of(text.apply("stt"), text.apply("name"), text.apply(g.commented() ? "passFail" : "regular")));
        for (int i = 1; i < n; i++) {
            groups.add(null);
        }
        boolean year = !g.commented() && g.term() == Term.SECOND;
        if (g.commented()) {
            groups.addAll(List.of(text.apply("result"), text.apply("comment")));
        } else {
            groups.addAll(List.of(text.apply("midterm"), text.apply("endOfTerm"), text.apply("average")));
            if (year) {
                groups.add(text.apply("yearAverage"));
            }
            groups.add(text.apply("comment"));
        }
        headers(sheet, groups, 2, n);
        int r = FIRST_ROW;
        for (GradeSheet.Row pupil : g.rows()) {
            Row row = pupilRow(sheet, r, pupil);
            int col = 2;
            for (int i = 0; i < n; i++, col++) {
                markCell(row, col, i < assessed.size() ? cellOf(pupil, assessed.get(i)) : null);
            }
            if (g.commented()) {
                text(row, col++, pupil.result().passFail() == null ? "—" : text.apply("passFail." + pupil.result().passFail()), centredStyle);
            } else {
                markCell(row, col++, cellOf(pupil, mid));
                markCell(row, col++, cellOf(pupil, end));
                number(row, col++, pupil.result().average(), scoreStyle);
                if (year) {
                    number(row, col++, pupil.yearAverage(), scoreStyle);
                }
            }
            text(row, col, commentOf(pupil), textStyle);
            r++;
        }
        finish(sheet, groups.size());
    }

    private void primarySheet(GradeSheet g) {
        Sheet sheet = newSheet(text.apply("sheet.book"), g);
        headers(sheet, List.of(text.apply("stt"), text.apply("name"), text.apply("level"), "", text.apply("test"), text.apply("comment")), 2, 2);
        Row second = sheet.getRow(HEADER_ROW + 1);
        text(second, 2, text.apply("level.mid"), headerStyle);
        text(second, 3, text.apply("level.end"), headerStyle);
        int r = FIRST_ROW;
        for (GradeSheet.Row pupil : g.rows()) {
            Row row = pupilRow(sheet, r++, pupil);
            SubjectResult result = pupil.result();
            text(row, 2, result.midTermRating() == null ? "" : result.midTermRating().name(), centredStyle);
            text(row, 3, result.endOfTermRating() == null ? "" : result.endOfTermRating().name(), centredStyle);
            number(row, 4, result.testScore() == null ? null : BigDecimal.valueOf(result.testScore()), wholeStyle);
            text(row, 5, commentOf(pupil), textStyle);
        }
        finish(sheet, 6);
    }

    private void competenceSheet(GradeSheet g, CompetenceSheet competences) {
        Sheet sheet = newSheet(text.apply("sheet.competences"), g);
        List<String> groups = new ArrayList<>(List.of(text.apply("stt"), text.apply("name")));
        for (CompetenceAspect aspect : CompetenceAspect.values()) {
            groups.add(aspect == CompetenceAspect.YEU_NUOC ? text.apply("qualities")
                    : aspect == CompetenceAspect.TU_CHU_TU_HOC ? text.apply("generalCompetences")
                    : aspect == CompetenceAspect.NGON_NGU ? text.apply("specificCompetences") : null);
        }
        headers(sheet, groups, -1, 0);
        Row second = sheet.getRow(HEADER_ROW + 1);
        int col = 2;
        for (CompetenceAspect aspect : CompetenceAspect.values()) {
            text(second, col++, text.apply("aspect." + aspect), headerStyle);
        }
        merge(sheet, 2, 6);
        merge(sheet, 7, 9);
        merge(sheet, 10, 16);
        int r = FIRST_ROW;
        for (CompetenceSheet.Row pupil : competences.rows()) {
            Row row = sheet.createRow(r);
            number(row, 0, BigDecimal.valueOf(r - FIRST_ROW + 1L), centredStyle);
            text(row, 1, pupil.pupilName(), textStyle);
            col = 2;
            for (CompetenceAspect aspect : CompetenceAspect.values()) {
                CompetenceRating rating = pupil.ratings().get(aspect);
                text(row, col++, rating == null ? "" : text.apply("rating." + rating), centredStyle);
            }
            r++;
        }
        finish(sheet, 2 + CompetenceAspect.values().length);
    }

    static final int HEADER_ROW = 4;
    static final int FIRST_ROW = HEADER_ROW + 2;

    private Sheet newSheet(String name, GradeSheet g) {
        Sheet sheet = workbook.sheet(name);
        sheet.createRow(0).createCell(0).setCellValue(g.schoolName());
        Row title = sheet.createRow(1);
        title.createCell(0).setCellValue(text.apply("title"));
        title.getCell(0).setCellStyle(titleStyle);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 8));
        String term = text.apply("term." + g.term());
        sheet.createRow(2).createCell(0).setCellValue(text.apply("subject") + ": " + g.subjectName() + " — " + text.apply("class") + ": "
                + g.className() + " — " + term + " — " + text.apply("year") + " " + g.schoolYear());
        sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, 8));
        return sheet;
    }

    /**
     * Two header rows: each group title spans both rows, except the group starting at {@code splitAt}
     * which spans {@code splitWidth} columns numbered 1..n in the second row.
     */
    private void headers(Sheet sheet, List<String> groups, int splitAt, int splitWidth) {
        Row first = sheet.createRow(HEADER_ROW);
        Row second = sheet.createRow(HEADER_ROW + 1);
        for (int col = 0; col < groups.size(); col++) {
            text(first, col, groups.get(col) == null ? "" : groups.get(col), headerStyle);
            text(second, col, "", headerStyle);
        }
        for (int col = 0; col < groups.size(); col++) {
            if (col == splitAt) {
                for (int i = 0; i < splitWidth; i++) {
                    text(second, col + i, Integer.toString(i + 1), headerStyle);
                }
                merge(sheet, col, col + splitWidth - 1);
                col += splitWidth - 1;
            } else if (splitAt >= 0 && groups.get(col) != null && !groups.get(col).isEmpty()) {
                sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW + 1, col, col));
            } else if (splitAt < 0 && col < 2) {
                sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW + 1, col, col));
            }
        }
    }

    private static void merge(Sheet sheet, int from, int to) {
        if (to > from) {
            sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW, from, to));
        }
    }

    private Row pupilRow(Sheet sheet, int r, GradeSheet.Row pupil) {
        Row row = sheet.createRow(r);
        number(row, 0, BigDecimal.valueOf(r - FIRST_ROW + 1L), centredStyle);
        text(row, 1, pupil.pupilName(), textStyle);
        return row;
    }

    private void markCell(Row row, int col, GradeSheet.Cell cell) {
        if (cell != null && cell.score() != null) {
            number(row, col, cell.score(), scoreStyle);
        } else {
            String rating = cell == null || cell.rating() == null ? "" : text.apply("passFail." + cell.rating());
            text(row, col, rating, centredStyle);
        }
    }

    private static GradeSheet.Cell cellOf(GradeSheet.Row pupil, GradeSheet.Column column) {
        return column == null ? null : pupil.cells().stream().filter(c -> c.columnId() == column.id()).findFirst().orElse(null);
    }

    private static GradeSheet.Column single(GradeSheet g, ColumnKind kind) {
        return g.columns().stream().filter(c -> c.kind() == kind).findFirst().orElse(null);
    }

    /** The book's comment: the latest column's comment the pupil has. */
    private static String commentOf(GradeSheet.Row pupil) {
        String comment = "";
        for (GradeSheet.Cell cell : pupil.cells()) {
            if (cell.comment() != null && !cell.comment().isBlank()) {
                comment = cell.comment();
            }
        }
        return comment;
    }

    private void finish(Sheet sheet, int columns) {
        sheet.setColumnWidth(0, 6 * 256);
        sheet.setColumnWidth(1, 28 * 256);
        for (int col = 2; col < columns; col++) {
            sheet.setColumnWidth(col, 9 * 256);
        }
        sheet.setColumnWidth(columns - 1, 30 * 256);
        sheet.createFreezePane(2, FIRST_ROW);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW + 1, -1, -1));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }
}
