package vn.hoclieu.core.quiz.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a single-choice question scores a response (1 point unless said otherwise). */
class SingleChoiceKeyTest {

    private static final BigDecimal ONE = BigDecimal.ONE;

    private static String points(AnswerKey key, String... values) {
        return key.score(Response.of(values), ONE).points().toPlainString();
    }

    private final SingleChoiceKey key = new SingleChoiceKey("B");

    @Test
    void theRightOptionEarnsThePoints() {
        assertThat(key.score(Response.of("B"), new BigDecimal("2")).points()).isEqualByComparingTo("2");
    }

    @Test
    void anotherOptionEarnsNothing() {
        assertThat(points(key, "A")).isEqualTo("0.00");
    }

    @Test
    void twoOptionsAtOnceEarnNothingEvenWithTheRightOne() {
        assertThat(points(key, "A", "B")).isEqualTo("0.00");
    }
}
