package vn.hoclieu.core.quiz.internal;

import org.junit.jupiter.api.Test;
import vn.hoclieu.core.quiz.model.Choice;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Teachers read answers as pupils saw them, not as the ids they are stored as. */
class AnswerLabelsTest {

    private final AnswerLabels labels = new AnswerLabels(new QuestionJson.Options(
            List.of(new Choice("a", "<p><strong>Hà Nội</strong> là thủ đô</p>"), new Choice("b", "<p>" + "Rất dài ".repeat(20) + "</p>")),
            List.of(new Choice("1", "<p>Việt Nam</p>")), List.of()));

    @Test
    void anOptionIdBecomesItsTextWithoutMarkup() {
        assertThat(labels.label("a")).isEqualTo("Hà Nội là thủ đô");
    }

    @Test
    void aLongOptionIsShortenedWithAnEllipsis() {
        assertThat(labels.label("b")).hasSizeLessThanOrEqualTo(AnswerLabels.MAX_LENGTH).endsWith("…");
    }

    @Test
    void aMatchingPairShowsBothSides() {
        assertThat(labels.label("a=1")).isEqualTo("Hà Nội là thủ đô → Việt Nam");
    }

    @Test
    void aTypedAnswerStaysAsTyped() {
        assertThat(labels.label("3,5")).isEqualTo("3,5");
    }
}
