package vn.hoclieu.core.quiz;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.hoclieu.core.quiz.model.GradingMethod;
import vn.hoclieu.core.quiz.model.QuestionType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A quiz's results file as a teacher opens it: a row per pupil in Vietnam time, then the items with the answers pupils saw. */
class QuizResultsWorkbookTest {

    private static final Map<String, String> WORDS = Map.of("quiz.xlsx.name", "Họ và tên", "quiz.xlsx.state.SUBMITTED", "Đã nộp",
            "quiz.xlsx.state.NOT_STARTED", "Chưa làm", "quiz.xlsx.unanswered", "(không trả lời)", "quiz.type.SINGLE_CHOICE", "Một lựa chọn");

    private static final QuizDetails QUIZ = new QuizDetails(1, 2L, null, 3, 4, "Kiểm tra 15 phút", "", null, null, 15, 2, GradingMethod.HIGHEST,
            false, false, Map.of(), List.of(), 4, new BigDecimal("4"), true);

    // 01:30 UTC is 08:30 in Vietnam
    private static final Instant STARTED = Instant.parse("2026-12-01T01:30:00Z");

    private static byte[] file() {
        PupilResult lan = new PupilResult(7, "Nguyễn Thị Lan", new BigDecimal("7.50"), List.of(
                new PupilResult.Attempt(11, 1, STARTED, STARTED.plus(Duration.ofMinutes(12).plusSeconds(5)), "PUPIL", new BigDecimal("3"),
                        new BigDecimal("4"), 0)));
        PupilResult minh = new PupilResult(8, "Trần Văn Minh", null, List.of());
        ItemReport item = new ItemReport(21, "Phép cộng", 2, 0.5, null, Map.of("b", 1, "", 1), QuestionType.SINGLE_CHOICE,
                List.of(new ItemReport.AnswerText("b", "5", 1), new ItemReport.AnswerText("", "", 1)));
        return QuizResultsWorkbook.of(QUIZ, "3B", List.of(lan, minh), List.of(item), key -> WORDS.getOrDefault(key, key));
    }

    @Test
    void aPupilsRowHoldsTheGradeOnTenThePointsAndTheTimesInVietnamTime() throws IOException {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(file()))) {
            Sheet pupils = book.getSheetAt(0);
            assertThat(pupils.getRow(QuizResultsWorkbook.HEADER_ROW).getCell(1).getStringCellValue()).isEqualTo("Họ và tên");
            Row lan = pupils.getRow(QuizResultsWorkbook.HEADER_ROW + 1);
            assertThat(lan.getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(lan.getCell(1).getStringCellValue()).isEqualTo("Nguyễn Thị Lan");
            assertThat(lan.getCell(2).getStringCellValue()).isEqualTo("3B");
            assertThat(lan.getCell(3).getNumericCellValue()).isEqualTo(1);
            assertThat(lan.getCell(4).getNumericCellValue()).isEqualTo(7.5);
            assertThat(lan.getCell(4).getCellStyle().getDataFormatString()).startsWith("[$-42A]");
            assertThat(lan.getCell(5).getNumericCellValue()).as("7.5 of 10 of a quiz out of 4").isEqualTo(3.0);
            assertThat(lan.getCell(6).getStringCellValue()).isEqualTo("Đã nộp");
            assertThat(lan.getCell(7).getStringCellValue()).isEqualTo("01/12/2026 08:30");
            assertThat(lan.getCell(8).getStringCellValue()).isEqualTo("01/12/2026 08:42");
            assertThat(lan.getCell(9).getStringCellValue()).isEqualTo("12:05");
        }
    }

    @Test
    void aPupilWhoHasNotStartedHasADashForAGradeAndNoTimes() throws IOException {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(file()))) {
            Row minh = book.getSheetAt(0).getRow(QuizResultsWorkbook.HEADER_ROW + 2);
            assertThat(minh.getCell(4).getStringCellValue()).isEqualTo("—");
            assertThat(minh.getCell(6).getStringCellValue()).isEqualTo("Chưa làm");
            assertThat(minh.getCell(7).getStringCellValue()).isEmpty();
        }
    }

    @Test
    void theItemSheetCountsAnswersByTheTextPupilsSaw() throws IOException {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(file()))) {
            Row item = book.getSheetAt(1).getRow(QuizResultsWorkbook.HEADER_ROW + 1);
            assertThat(item.getCell(1).getStringCellValue()).isEqualTo("Phép cộng");
            assertThat(item.getCell(2).getStringCellValue()).isEqualTo("Một lựa chọn");
            assertThat(item.getCell(4).getStringCellValue()).isEqualTo("50 %");
            assertThat(item.getCell(5).getStringCellValue()).as("not enough data").isEqualTo("—");
            assertThat(item.getCell(6).getStringCellValue()).isEqualTo("5: 1 · (không trả lời): 1");
        }
    }

    @Test
    void longAttemptsShowHours() {
        assertThat(QuizResultsWorkbook.duration(Duration.ofMinutes(65))).isEqualTo("1:05:00");
        assertThat(QuizResultsWorkbook.duration(Duration.ofSeconds(59))).isEqualTo("0:59");
    }
}
