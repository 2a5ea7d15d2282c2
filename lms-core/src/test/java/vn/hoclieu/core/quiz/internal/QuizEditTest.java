package vn.hoclieu.core.quiz.internal;

import org.junit.jupiter.api.Test;
import vn.hoclieu.core.quiz.QuizInput;
import vn.hoclieu.core.quiz.SlotInput;
import vn.hoclieu.core.quiz.model.GradingMethod;
import vn.hoclieu.core.quiz.model.Quiz;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Once pupils have attempted a quiz, its times, attempts and review may change; nothing their attempts depend on. */
class QuizEditTest {

    private static final long SUBJECT = 5;
    private static final List<SlotRow> SLOTS = List.of(new SlotRow(1, 10L, null, 1, new BigDecimal("1.0")),
            new SlotRow(2, null, 20L, 3, new BigDecimal("2")));

    private static Quiz quiz() {
        Quiz quiz = new Quiz(1, SUBJECT, 2);
        quiz.set("Kiểm tra", "Làm cẩn thận.", null, null, 900, 1, GradingMethod.HIGHEST, true, false, "{}", true);
        return quiz;
    }

    private static QuizInput input(String title, Integer minutes, int attempts, LocalDateTime closes, BigDecimal drawnPoints) {
        return new QuizInput(title, " Làm cẩn thận. ", "TOAN", null, closes, minutes, attempts, null, true, false, Map.of(),
                List.of(new SlotInput(10L, null, null, BigDecimal.ONE), new SlotInput(null, 20L, 3, drawnPoints)), true);
    }

    @Test
    void timesAttemptsAndReviewMayChange() {
        assertThat(QuizEdit.keepsWhatAttemptsDependOn(quiz(), SLOTS, SUBJECT,
                input("Kiểm tra", 15, 3, LocalDateTime.of(2026, 12, 24, 17, 0), new BigDecimal("2.00")))).isTrue();
    }

    @Test
    void theTitleMayNotChange() {
        assertThat(QuizEdit.keepsWhatAttemptsDependOn(quiz(), SLOTS, SUBJECT, input("Kiểm tra lại", 15, 1, null, new BigDecimal("2")))).isFalse();
    }

    @Test
    void theTimeLimitMayNotChange() {
        assertThat(QuizEdit.keepsWhatAttemptsDependOn(quiz(), SLOTS, SUBJECT, input("Kiểm tra", 20, 1, null, new BigDecimal("2")))).isFalse();
    }

    @Test
    void pointsMayNotChange() {
        assertThat(QuizEdit.keepsWhatAttemptsDependOn(quiz(), SLOTS, SUBJECT, input("Kiểm tra", 15, 1, null, new BigDecimal("2.5")))).isFalse();
    }

    @Test
    void theSubjectMayNotChange() {
        assertThat(QuizEdit.keepsWhatAttemptsDependOn(quiz(), SLOTS, SUBJECT + 1, input("Kiểm tra", 15, 1, null, new BigDecimal("2")))).isFalse();
    }
}
