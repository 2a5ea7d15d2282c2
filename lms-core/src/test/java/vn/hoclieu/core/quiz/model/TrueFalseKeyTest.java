package vn.hoclieu.core.quiz.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a true/false question scores a response (1 point unless said otherwise). */
class TrueFalseKeyTest {

    private static final BigDecimal ONE = BigDecimal.ONE;

    private static String points(AnswerKey key, String... values) {
        return key.score(Response.of(values), ONE).points().toPlainString();
    }

    @Test
    void falseIsRightWhenTheStatementIsFalse() {
        assertThat(points(new TrueFalseKey(false), "false")).isEqualTo("1.00");
    }

    @Test
    void noAnswerEarnsNothing() {
        assertThat(new TrueFalseKey(false).score(Response.none(), ONE).points()).isEqualByComparingTo("0");
    }
}
