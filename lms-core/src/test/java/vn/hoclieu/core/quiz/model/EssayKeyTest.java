package vn.hoclieu.core.quiz.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a essay question scores a response (1 point unless said otherwise). */
class EssayKeyTest {

    private static final BigDecimal ONE = BigDecimal.ONE;

    private static String points(AnswerKey key, String... values) {
        return key.score(Response.of(values), ONE).points().toPlainString();
    }

    @Test
    void anAnsweredEssayWaitsForTheTeacher() {
        ItemScore score = new EssayKey("").score(Response.of("Em yêu quê hương em…"), ONE);
        assertThat(score.manual()).isTrue();
        assertThat(score.points()).isEqualByComparingTo("0");
    }

    @Test
    void anEmptyEssayEarnsNothingWithoutGrading() {
        assertThat(new EssayKey("").score(Response.none(), ONE).manual()).isFalse();
    }
}
