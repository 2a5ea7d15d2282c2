package vn.hoclieu.web.quiz.view;

import org.junit.jupiter.api.Test;
import vn.hoclieu.core.quiz.PupilResult;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuizStateTest {

    private static final Instant START = Instant.parse("2026-12-01T01:00:00Z");

    @Test
    void withoutAttemptsTheQuizIsNotStarted() {
        assertThat(QuizState.of(List.of())).isEqualTo(QuizState.NOT_STARTED);
    }

    @Test
    void anAttemptNotHandedInIsInProgress() {
        assertThat(QuizState.of(List.of(attempt(1, null)))).isEqualTo(QuizState.IN_PROGRESS);
    }

    @Test
    void theLatestAttemptDecides() {
        assertThat(QuizState.of(List.of(attempt(1, START.plusSeconds(600)), attempt(2, null)))).isEqualTo(QuizState.IN_PROGRESS);
        assertThat(QuizState.of(List.of(attempt(1, START.plusSeconds(600))))).isEqualTo(QuizState.SUBMITTED);
    }

    private static PupilResult.Attempt attempt(int number, Instant submittedAt) {
        return new PupilResult.Attempt(number, number, START, submittedAt, submittedAt == null ? null : "PUPIL",
                submittedAt == null ? null : BigDecimal.ONE, BigDecimal.TEN, 0);
    }
}
