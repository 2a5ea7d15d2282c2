package vn.hoclieu.core.quiz.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a numeric question scores a response (1 point unless said otherwise). */
class NumericKeyTest {

    private static final BigDecimal ONE = BigDecimal.ONE;

    private static String points(AnswerKey key, String... values) {
        return key.score(Response.of(values), ONE).points().toPlainString();
    }

    private final NumericKey key = new NumericKey(new BigDecimal("3.5"), new BigDecimal("0.05"));

    @Test
    void aVietnameseDecimalCommaIsANumber() {
        assertThat(points(key, "3,5")).isEqualTo("1.00");
    }

    @Test
    void theToleranceIsInclusive() {
        assertThat(points(key, "3.55")).isEqualTo("1.00");
        assertThat(points(key, "3.56")).isEqualTo("0.00");
    }

    @Test
    void textIsNotANumber() {
        assertThat(points(key, "ba phẩy năm")).isEqualTo("0.00");
    }

    @Test
    void thousandsSeparatorsAreRefusedAsAmbiguous() {
        assertThat(NumericKey.parse("1.500,5")).isEmpty();
    }
}
