package vn.hoclieu.core.quiz.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a matching question scores a response (1 point unless said otherwise). */
class MatchingKeyTest {

    private static final BigDecimal ONE = BigDecimal.ONE;

    private static String points(AnswerKey key, String... values) {
        return key.score(Response.of(values), ONE).points().toPlainString();
    }

    private final MatchingKey key = new MatchingKey(Map.of("cat", "mèo", "dog", "chó", "fish", "cá"));

    @Test
    void eachRightPairEarnsItsShare() {
        assertThat(points(key, "cat=mèo", "dog=cá", "fish=chó")).isEqualTo("0.33");
    }

    @Test
    void allPairsEarnEverything() {
        assertThat(points(key, "fish=cá", "cat=mèo", "dog=chó")).isEqualTo("1.00");
    }

    @Test
    void anItemMatchedTwiceCountsAsWrong() {
        assertThat(points(key, "cat=mèo", "cat=chó", "dog=chó")).isEqualTo("0.33");
    }
}
