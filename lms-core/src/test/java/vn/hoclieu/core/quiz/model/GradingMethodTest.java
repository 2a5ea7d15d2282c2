package vn.hoclieu.core.quiz.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A pupil's grade from the scores of their finished attempts, oldest first. */
class GradingMethodTest {

    private static final List<BigDecimal> SCORES = List.of(new BigDecimal("6"), new BigDecimal("9"), new BigDecimal("7"));

    @Test
    void highestTakesTheBest() {
        assertThat(GradingMethod.HIGHEST.grade(SCORES)).hasValue(new BigDecimal("9"));
    }

    @Test
    void lastTakesTheNewest() {
        assertThat(GradingMethod.LAST.grade(SCORES)).hasValue(new BigDecimal("7"));
    }

    @Test
    void firstTakesTheOldest() {
        assertThat(GradingMethod.FIRST.grade(SCORES)).hasValue(new BigDecimal("6"));
    }

    @Test
    void averageHasTwoDecimals() {
        assertThat(GradingMethod.AVERAGE.grade(SCORES)).hasValue(new BigDecimal("7.33"));
    }

    @Test
    void noFinishedAttemptMeansNoGrade() {
        assertThat(GradingMethod.HIGHEST.grade(List.of())).isEmpty();
    }
}
