package vn.hoclieu.core.quiz.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a ordering question scores a response (1 point unless said otherwise). */
class OrderingKeyTest {

    private static final BigDecimal ONE = BigDecimal.ONE;

    private static String points(AnswerKey key, String... values) {
        return key.score(Response.of(values), ONE).points().toPlainString();
    }

    private final List<String> seasons = List.of("xuan", "ha", "thu", "dong");

    @Test
    void withPartialCreditEachOptionInPlaceEarnsItsShare() {
        assertThat(points(new OrderingKey(seasons, true), "xuan", "ha", "dong", "thu")).isEqualTo("0.50");
    }

    @Test
    void withoutOnlyTheWholeOrderCounts() {
        assertThat(points(new OrderingKey(seasons, false), "xuan", "ha", "dong", "thu")).isEqualTo("0.00");
        assertThat(points(new OrderingKey(seasons, false), "xuan", "ha", "thu", "dong")).isEqualTo("1.00");
    }
}
