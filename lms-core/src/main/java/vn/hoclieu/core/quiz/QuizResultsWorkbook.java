package vn.hoclieu.core.quiz;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import vn.hoclieu.core.TableWorkbook;
import vn.hoclieu.core.VietnamTime;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import static vn.hoclieu.core.TableWorkbook.number;
import static vn.hoclieu.core.TableWorkbook.text;

/**
 * A quiz's results as an XLSX file: a sheet with a row per pupil of the class (grade on 10 by the
 * quiz's grading method and in points, state, their latest attempt's start, hand-in and duration in
 * Vietnam time) and a sheet of item statistics (answers counted by what pupils saw). The words come
 * from the caller ({@code text} maps a bundle key such as {@code quiz.xlsx.name} to the reader's language).
 */
public final class QuizResultsWorkbook {

    /** Grades keep the two decimals they are computed with; Vietnamese locale (decimal comma in a Vietnamese Excel). */
    static final String GRADE_FORMAT = "[$-42A]0.0#";
    static final int HEADER_ROW = 3;

    private final UnaryOperator<String> text;
    private final TableWorkbook workbook = new TableWorkbook();
    private final CellStyle titleStyle;
    private final CellStyle headerStyle;
    private final CellStyle textStyle;
    private final CellStyle centredStyle;
    private final CellStyle gradeStyle;

    private QuizResultsWorkbook(UnaryOperator<String> text) {
        this.text = text;
        titleStyle = workbook.title(null, HorizontalAlignment.GENERAL);
        headerStyle = workbook.header();
        textStyle = workbook.bordered(HorizontalAlignment.LEFT);
        textStyle.setWrapText(true);
        centredStyle = workbook.bordered(HorizontalAlignment.CENTER);
        gradeStyle = workbook.bordered(GRADE_FORMAT);
    }

    public static byte[] of(QuizDetails quiz, String className, List<PupilResult> pupils, List<ItemReport> items, UnaryOperator<String> text) {
        QuizResultsWorkbook file = new QuizResultsWorkbook(text);
        file.pupilSheet(quiz, className, pupils);
        file.itemSheet(quiz, items);
        return file.workbook.bytes();
    }

    private void pupilSheet(QuizDetails quiz, String className, List<PupilResult> pupils) {
        Sheet sheet = newSheet(text.apply("quiz.xlsx.sheet.pupils"), quiz, className);
        headers(sheet, "stt", "name", "class", "attempts", "grade", "points", "state", "started", "submitted", "duration");
        int r = HEADER_ROW + 1;
        for (PupilResult pupil : pupils) {
            Row row = sheet.createRow(r);
            number(row, 0, BigDecimal.valueOf(r - HEADER_ROW), centredStyle);
            text(row, 1, pupil.name(), textStyle);
            text(row, 2, className, centredStyle);
            number(row, 3, BigDecimal.valueOf(pupil.attempts().size()), centredStyle);
            number(row, 4, pupil.grade(), gradeStyle);
            number(row, 5, pupil.grade() == null ? null
                    : pupil.grade().multiply(quiz.maxScore()).divide(BigDecimal.TEN, 2, RoundingMode.HALF_UP), gradeStyle);
            text(row, 6, text.apply("quiz.xlsx.state." + state(pupil)), centredStyle);
            PupilResult.Attempt latest = pupil.attempts().isEmpty() ? null : pupil.attempts().getLast();
            text(row, 7, latest == null ? "" : VietnamTime.format(latest.startedAt()), centredStyle);
            text(row, 8, latest == null || latest.submittedAt() == null ? "" : VietnamTime.format(latest.submittedAt()), centredStyle);
            text(row, 9, latest == null || latest.submittedAt() == null ? "" : duration(Duration.between(latest.startedAt(), latest.submittedAt())),
                    centredStyle);
            r++;
        }
        widths(sheet, 6, 28, 8, 9, 11, 11, 16, 17, 17, 14);
    }

    private void itemSheet(QuizDetails quiz, List<ItemReport> items) {
        Sheet sheet = newSheet(text.apply("quiz.xlsx.sheet.items"), quiz, null);
        headers(sheet, "stt", "question", "type", "answers", "facility", "discrimination", "frequencies");
        int r = HEADER_ROW + 1;
        for (ItemReport item : items) {
            Row row = sheet.createRow(r);
            number(row, 0, BigDecimal.valueOf(r - HEADER_ROW), centredStyle);
            text(row, 1, item.title(), textStyle);
            text(row, 2, text.apply("quiz.type." + item.type()), centredStyle);
            number(row, 3, BigDecimal.valueOf(item.answers()), centredStyle);
            text(row, 4, item.facility() == null ? "—" : Math.round(item.facility() * 100) + " %", centredStyle);
            number(row, 5, item.discrimination() == null ? null : BigDecimal.valueOf(item.discrimination()).setScale(2, RoundingMode.HALF_UP),
                    gradeStyle);
            text(row, 6, frequencies(item), textStyle);
            r++;
        }
        widths(sheet, 6, 36, 16, 9, 11, 11, 60);
    }

    /** "5: 3 · 4: 1 · (không trả lời): 1" */
    private String frequencies(ItemReport item) {
        return item.answerTexts().stream()
                .map(a -> (a.value().isEmpty() ? text.apply("quiz.xlsx.unanswered") : a.text()) + ": " + a.count())
                .collect(Collectors.joining(" · "));
    }

    /** Where the pupil stands: not started, working, waiting for the teacher's grading, or done. */
    static String state(PupilResult pupil) {
        if (pupil.attempts().isEmpty()) {
            return "NOT_STARTED";
        }
        if (pupil.attempts().stream().anyMatch(a -> a.submittedAt() == null)) {
            return "IN_PROGRESS";
        }
        return pupil.attempts().stream().anyMatch(a -> a.waitingForGrading() > 0) ? "TO_GRADE" : "SUBMITTED";
    }

    /** "25:03" (minutes:seconds), hours added for long ones: "1:05:00". */
    static String duration(Duration d) {
        long seconds = Math.max(0, d.toSeconds());
        return seconds >= 3600 ? "%d:%02d:%02d".formatted(seconds / 3600, seconds / 60 % 60, seconds % 60)
                : "%d:%02d".formatted(seconds / 60, seconds % 60);
    }

    private Sheet newSheet(String name, QuizDetails quiz, String className) {
        Sheet sheet = workbook.sheet(name);
        text(sheet.createRow(0), 0, quiz.title(), titleStyle);
        String max = text.apply("quiz.xlsx.maxScore") + ": " + quiz.maxScore().stripTrailingZeros().toPlainString().replace('.', ',');
        sheet.createRow(1).createCell(0).setCellValue(className == null ? max : text.apply("quiz.xlsx.class") + ": " + className + " — " + max);
        return sheet;
    }

    private void headers(Sheet sheet, String... keys) {
        Row row = sheet.createRow(HEADER_ROW);
        for (int col = 0; col < keys.length; col++) {
            text(row, col, text.apply("quiz.xlsx." + keys[col]), headerStyle);
        }
        sheet.createFreezePane(2, HEADER_ROW + 1);
    }

    private static void widths(Sheet sheet, int... characters) {
        for (int col = 0; col < characters.length; col++) {
            sheet.setColumnWidth(col, characters[col] * 256);
        }
    }
}
