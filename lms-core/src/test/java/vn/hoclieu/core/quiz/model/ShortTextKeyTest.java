package vn.hoclieu.core.quiz.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a short-text question scores a response (1 point unless said otherwise). */
class ShortTextKeyTest {

    private static final BigDecimal ONE = BigDecimal.ONE;

    private static String points(AnswerKey key, String... values) {
        return key.score(Response.of(values), ONE).points().toPlainString();
    }

    private final ShortTextKey strict = new ShortTextKey(List.of("Hà Nội"), false, false);
    private final ShortTextKey lenient = new ShortTextKey(List.of("Hà Nội", "Thủ đô Hà Nội"), false, true);

    @Test
    void caseAndSpacesDoNotMatterByDefault() {
        assertThat(points(strict, "  hà   nội ")).isEqualTo("1.00");
    }

    @Test
    void diacriticsMatterUnlessAllowed() {
        assertThat(points(strict, "Ha Noi")).isEqualTo("0.00");
        assertThat(points(lenient, "ha noi")).isEqualTo("1.00");
    }

    @Test
    void aWrongToneIsWrongWhenDiacriticsMatter() {
        assertThat(points(strict, "Hà Nổi")).isEqualTo("0.00");
    }

    @Test
    void dWithStrokeFoldsToD() {
        assertThat(points(new ShortTextKey(List.of("Đà Lạt"), false, true), "da lat")).isEqualTo("1.00");
    }

    @Test
    void decomposedInputFromSomeKeyboardsMatches() {
        String decomposed = java.text.Normalizer.normalize("Hà Nội", java.text.Normalizer.Form.NFD);
        assertThat(points(strict, decomposed)).isEqualTo("1.00");
    }

    @Test
    void anyAcceptedAnswerCounts() {
        assertThat(points(lenient, "Thu do Ha Noi")).isEqualTo("1.00");
    }

    @Test
    void caseMattersWhenAsked() {
        assertThat(points(new ShortTextKey(List.of("H2O"), true, false), "h2o")).isEqualTo("0.00");
    }

    @Test
    void aBlankAnswerNeverMatches() {
        assertThat(points(lenient, "   ")).isEqualTo("0.00");
    }
}
