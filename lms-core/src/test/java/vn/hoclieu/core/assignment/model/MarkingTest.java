package vn.hoclieu.core.assignment.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MarkingTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void aRubricTotalIsScaledToTenWithOneDecimal() {
        assertThat(Marking.fromRubric(List.of(d("6"), d("4")), List.of(d("5"), d("3")))).isEqualByComparingTo("8.0");
        assertThat(Marking.fromRubric(List.of(d("3"), d("3"), d("3")), List.of(d("2"), d("2"), d("3")))).isEqualByComparingTo("7.8");
    }

    @Test
    void aPenaltyTakesItsPercentageOffRoundedHalfUp() {
        assertThat(Marking.withPenalty(d("8.0"), 20)).isEqualByComparingTo("6.4");
        assertThat(Marking.withPenalty(d("7.5"), 15)).isEqualByComparingTo("6.4"); // 6.375
        assertThat(Marking.withPenalty(d("9.0"), 0)).isEqualByComparingTo("9.0");
        assertThat(Marking.withPenalty(d("9.0"), 100)).isEqualByComparingTo("0.0");
    }

    @Test
    void scoresAreZeroToTenWithAtMostOneDecimal() {
        assertThat(Marking.isValidScore(d("0"))).isTrue();
        assertThat(Marking.isValidScore(d("10.0"))).isTrue();
        assertThat(Marking.isValidScore(d("7.50"))).isTrue();
        assertThat(Marking.isValidScore(d("7.25"))).isFalse();
        assertThat(Marking.isValidScore(d("10.5"))).isFalse();
        assertThat(Marking.isValidScore(d("-1"))).isFalse();
        assertThat(Marking.isValidScore(null)).isFalse();
    }
}
