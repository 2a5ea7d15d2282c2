package vn.hoclieu.core.quiz.model;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** When a quiz may be started, and when its pupils' attempts may already be prepared (a little earlier). */
class QuizWindowTest {

    private static final Instant OPENS = Instant.parse("2026-12-01T01:00:00Z");
    private static final Instant CLOSES = OPENS.plus(Duration.ofHours(1));

    @Test
    void anAttemptIsPreparedUpToHalfAnHourBeforeTheOpeningWhileTheStartWaitsForIt() {
        Quiz quiz = quiz(true);
        Instant early = OPENS.minus(Quiz.PREPARE_AHEAD);
        assertThat(quiz.preparableAt(early)).isTrue();
        assertThat(quiz.openAt(early)).isFalse();
        assertThat(quiz.openAt(OPENS)).isTrue();
    }

    @Test
    void tooLongBeforeTheOpeningNothingIsPrepared() {
        assertThat(quiz(true).preparableAt(OPENS.minus(Quiz.PREPARE_AHEAD).minusSeconds(1))).isFalse();
    }

    @Test
    void nothingIsPreparedOnceTheQuizHasClosed() {
        assertThat(quiz(true).preparableAt(CLOSES)).isFalse();
    }

    @Test
    void nothingIsPreparedForAnUnpublishedQuiz() {
        assertThat(quiz(false).preparableAt(OPENS)).isFalse();
    }

    private static Quiz quiz(boolean published) {
        Quiz quiz = new Quiz(1, 2, 3);
        quiz.set("Kiểm tra 15 phút", "", OPENS, CLOSES, 900, 1, GradingMethod.HIGHEST, true, true, "{}", published);
        return quiz;
    }
}
