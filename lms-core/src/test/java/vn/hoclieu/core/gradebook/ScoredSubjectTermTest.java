package vn.hoclieu.core.gradebook;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Worked examples of Circular 22/2021's term and year averages. */
class ScoredSubjectTermTest {

    private static List<BigDecimal> scores(String... values) {
        return java.util.Arrays.stream(values).map(Score::of).toList();
    }

    @Test
    void theTermAverageWeighsMidTermTwiceAndEndOfTermThreeTimes() {
        // (8 + 7 + 9 + 2·7.5 + 3·8) / (3 + 5) = 63 / 8 = 7.875
        var term = new ScoredSubjectTerm(scores("8", "7", "9"), Score.of("7.5"), Score.of("8"));

        assertThat(term.average()).isEqualByComparingTo("7.9");
    }

    @Test
    void aTermAverageIsRoundedHalfUpToOneDecimal() {
        // (8 + 8 + 8 + 8 + 8.5 + 2·6 + 3·8) / (5 + 5) = 76.5 / 10 = 7.65
        var term = new ScoredSubjectTerm(scores("8", "8", "8", "8", "8.5"), Score.of("6"), Score.of("8"));

        assertThat(term.average()).isEqualByComparingTo("7.7");
    }

    @Test
    void twoRegularScoresAndAWeakEndOfTerm() {
        // (7 + 8 + 2·6 + 3·7) / 7 = 48 / 7 = 6.857…
        var term = new ScoredSubjectTerm(scores("7", "8"), Score.of("6"), Score.of("7"));

        assertThat(term.average()).isEqualByComparingTo("6.9");
    }

    @Test
    void theYearAverageWeighsTheSecondTermTwice() {
        // (6.5 + 2·7.2) / 3 = 20.9 / 3 = 6.966…
        assertThat(ScoredSubjectTerm.yearAverage(new BigDecimal("6.5"), new BigDecimal("7.2"))).isEqualByComparingTo("7.0");
    }

    @Test
    void theNumberOfRegularScoresDependsOnTheSubjectsPeriodsPerYear() {
        assertThat(ScoredSubjectTerm.requiredRegularScores(35)).isEqualTo(2);
        assertThat(ScoredSubjectTerm.requiredRegularScores(70)).isEqualTo(3);
        assertThat(ScoredSubjectTerm.requiredRegularScores(140)).isEqualTo(4);
        assertThat(new ScoredSubjectTerm(scores("8", "7"), Score.of("7"), Score.of("7")).hasEnoughRegularScores(140)).isFalse();
    }

    @Test
    void aScoreOutsideZeroToTenOrWithTwoDecimalsIsRefused() {
        assertThatThrownBy(() -> Score.of("10.5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Score.of("-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Score.of("7.25")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Score.of("7.50")).isEqualByComparingTo("7.5");
    }
}
