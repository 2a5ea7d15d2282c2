package vn.hoclieu.core.quiz.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a multiple-response question scores a response (1 point unless said otherwise). */
class MultipleResponseKeyTest {

    private static final BigDecimal ONE = BigDecimal.ONE;

    private static String points(AnswerKey key, String... values) {
        return key.score(Response.of(values), ONE).points().toPlainString();
    }

    private final MultipleResponseKey partial = new MultipleResponseKey(Set.of("A", "C", "D"), true);

    @Test
    void theExactSetEarnsEverything() {
        assertThat(points(partial, "D", "A", "C")).isEqualTo("1.00");
    }

    @Test
    void twoOfThreeRightEarnTwoThirds() {
        assertThat(points(partial, "A", "C")).isEqualTo("0.67");
    }

    @Test
    void aWrongTickCancelsARightOne() {
        assertThat(points(partial, "A", "C", "B")).isEqualTo("0.33");
    }

    @Test
    void tickingEverythingEarnsLessThanTheRightSet() {
        assertThat(points(new MultipleResponseKey(Set.of("A", "B"), true), "A", "B", "C", "D")).isEqualTo("0.00");
    }

    @Test
    void withoutPartialCreditOnlyTheExactSetCounts() {
        assertThat(points(new MultipleResponseKey(Set.of("A", "C", "D"), false), "A", "C")).isEqualTo("0.00");
    }

    @Test
    void needsARightOption() {
        assertThatThrownBy(() -> new MultipleResponseKey(Set.of(), true)).isInstanceOf(IllegalArgumentException.class);
    }
}
