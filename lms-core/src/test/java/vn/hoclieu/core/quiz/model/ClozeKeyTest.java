package vn.hoclieu.core.quiz.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a cloze question scores a response (1 point unless said otherwise). */
class ClozeKeyTest {

    private static final BigDecimal ONE = BigDecimal.ONE;

    private static String points(AnswerKey key, String... values) {
        return key.score(Response.of(values), ONE).points().toPlainString();
    }

    private final ClozeKey key = new ClozeKey(List.of(new SingleChoiceKey("la"),
            new ShortTextKey(List.of("thủ đô"), false, true), new NumericKey(new BigDecimal("1010"), BigDecimal.ZERO)));

    @Test
    void eachRightGapEarnsItsShare() {
        assertThat(key.score(Response.of("la", "thu do", "1000"), new BigDecimal("3")).points()).isEqualByComparingTo("2");
    }

    @Test
    void missingGapsEarnNothing() {
        assertThat(points(key, "la")).isEqualTo("0.33");
    }

    @Test
    void aGapIsNeverAnEssay() {
        assertThatThrownBy(() -> new ClozeKey(List.of(new EssayKey(""))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
