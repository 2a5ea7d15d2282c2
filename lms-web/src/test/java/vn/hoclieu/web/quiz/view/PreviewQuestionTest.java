package vn.hoclieu.web.quiz.view;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.hoclieu.core.quiz.BankQuestion;
import vn.hoclieu.core.quiz.Sharing;
import vn.hoclieu.core.quiz.model.Choice;
import vn.hoclieu.core.quiz.model.QuestionType;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The set's preview shows reviewers every key in words they can check. */
class PreviewQuestionTest {

    private static BankQuestion question(QuestionType type, List<Choice> choices, List<Choice> targets, List<List<Choice>> gaps, JsonObject key) {
        return new BankQuestion(1, 2, 3, type, "Câu 1", "<p>?</p>", choices, targets, gaps, key, BigDecimal.ONE, 2,
                List.of("phân số", "lớp 4"), Sharing.PRIVATE, 0);
    }

    @Test
    void theRightOptionsOfAMultipleResponseQuestionAreMarked() {
        PreviewQuestion shown = PreviewQuestion.of(question(QuestionType.MULTIPLE_RESPONSE,
                List.of(new Choice("a", "1/2"), new Choice("b", "2/4"), new Choice("c", "1/3")), List.of(), List.of(),
                Json.createObjectBuilder().add("type", "MULTIPLE_RESPONSE").add("correct", Json.createArrayBuilder().add("a").add("b"))
                        .add("partialCredit", true).build()));

        assertThat(shown.options()).extracting(PreviewQuestion.Option::correct).containsExactly(true, true, false);
        assertThat(shown.answers()).isEmpty();
        assertThat(shown.tagList()).isEqualTo("phân số, lớp 4");
    }

    @Test
    void aNumericKeyReadsInVietnameseWithItsTolerance() {
        PreviewQuestion shown = PreviewQuestion.of(question(QuestionType.NUMERIC, List.of(), List.of(), List.of(),
                Json.createObjectBuilder().add("type", "NUMERIC").add("value", new BigDecimal("3.5")).add("tolerance", new BigDecimal("0.05")).build()));

        assertThat(shown.answers()).containsExactly("3,5 ± 0,05");
    }

    @Test
    void matchingPairsReadAsTheTextsOfBothSides() {
        PreviewQuestion shown = PreviewQuestion.of(question(QuestionType.MATCHING, List.of(new Choice("a", "<b>1/2</b>")),
                List.of(new Choice("x", "0,5")), List.of(), Json.createObjectBuilder().add("type", "MATCHING")
                        .add("pairs", Json.createObjectBuilder().add("a", "x")).build()));

        assertThat(shown.answers()).containsExactly("1/2 → 0,5");
    }

    @Test
    void eachGapOfAClozeSaysItsAnswer() {
        PreviewQuestion shown = PreviewQuestion.of(question(QuestionType.CLOZE, List.of(), List.of(),
                List.of(List.of(new Choice("p", "tử số"), new Choice("q", "mẫu số")), List.of()),
                Json.createObjectBuilder().add("type", "CLOZE").add("gaps", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("type", "SINGLE_CHOICE").add("correct", "q"))
                        .add(Json.createObjectBuilder().add("type", "SHORT_TEXT").add("accepted", Json.createArrayBuilder().add("bốn").add("4"))
                                .add("caseSensitive", false).add("ignoreDiacritics", true))).build()));

        assertThat(shown.answers()).containsExactly("(1) mẫu số", "(2) bốn | 4");
    }

    @Test
    void aTrueFalseKeyKeepsItsValueForThePageToWord() {
        PreviewQuestion shown = PreviewQuestion.of(question(QuestionType.TRUE_FALSE, List.of(), List.of(), List.of(),
                Json.createObjectBuilder().add("type", "TRUE_FALSE").add("correct", false).build()));

        assertThat(shown.trueFalse()).isFalse();
        assertThat(shown.answers()).isEmpty();
    }
}
