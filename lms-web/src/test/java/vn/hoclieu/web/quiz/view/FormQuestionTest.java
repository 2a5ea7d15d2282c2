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

/** The bank page's small form edits a question only when it can hold it without losing anything. */
class FormQuestionTest {

    private static BankQuestion question(QuestionType type, String stem, List<Choice> choices, JsonObject key) {
        return new BankQuestion(1, 2, 3, type, "Phép cộng", stem, choices, List.of(), List.of(), key, new BigDecimal("1.5"), 2,
                List.of(), Sharing.PRIVATE, 4);
    }

    @Test
    void aSingleChoiceQuestionWrittenByTheFormComesBackAsTyped() {
        String stem = FormQuestion.paragraph("2 + 3 = ?\nChọn một đáp án <đúng>");
        BankQuestion q = question(QuestionType.SINGLE_CHOICE, stem, List.of(new Choice("a", "<p>4</p>"), new Choice("b", "<p>5</p>")),
                Json.createObjectBuilder().add("type", "SINGLE_CHOICE").add("correct", "b").build());

        FormQuestion form = FormQuestion.of(q, 4).orElseThrow();

        assertThat(form.stem()).isEqualTo("2 + 3 = ?\nChọn một đáp án <đúng>");
        assertThat(form.options()).containsExactly("4", "5", null, null);
        assertThat(form.correct()).containsExactly(false, true, null, null);
        assertThat(form.points()).isEqualByComparingTo("1.5");
    }

    @Test
    void aNumericKeyComesBackWithItsTolerance() {
        BankQuestion q = question(QuestionType.NUMERIC, "<p>7 : 2 = ?</p>", List.of(),
                Json.createObjectBuilder().add("type", "NUMERIC").add("value", new BigDecimal("3.5")).add("tolerance", new BigDecimal("0.1")).build());

        FormQuestion form = FormQuestion.of(q, 4).orElseThrow();

        assertThat(form.value()).isEqualByComparingTo("3.5");
        assertThat(form.tolerance()).isEqualByComparingTo("0.1");
    }

    @Test
    void bareOptionTextsSentToTheApiAreHeldToo() {
        BankQuestion q = question(QuestionType.SINGLE_CHOICE, "<p>2 + 3 = ?</p>", List.of(new Choice("a", "4"), new Choice("b", "5")),
                Json.createObjectBuilder().add("type", "SINGLE_CHOICE").add("correct", "a").build());

        assertThat(FormQuestion.of(q, 4).orElseThrow().options()).containsExactly("4", "5", null, null);
    }

    @Test
    void aFormattedStemIsLeftToTheApi() {
        BankQuestion q = question(QuestionType.TRUE_FALSE, "<p>Trái Đất <strong>quay</strong> quanh Mặt Trời</p>", List.of(),
                Json.createObjectBuilder().add("type", "TRUE_FALSE").add("correct", true).build());

        assertThat(FormQuestion.of(q, 4)).isEmpty();
    }

    @Test
    void aShortTextKeyThatMindsDiacriticsIsLeftToTheApi() {
        BankQuestion q = question(QuestionType.SHORT_TEXT, "<p>Thủ đô?</p>", List.of(), Json.createObjectBuilder().add("type", "SHORT_TEXT")
                .add("accepted", Json.createArrayBuilder().add("Hà Nội")).add("caseSensitive", false).add("ignoreDiacritics", true).build());

        assertThat(FormQuestion.of(q, 4)).isEmpty();
    }

    @Test
    void mediaInsertedAfterTheStemAndAnOptionComeBackBesideTheirText() {
        String cat = "<img src=\"/files/7/ORIGINAL\" alt=\"Con mèo\">";
        String mew = "<audio controls src=\"/files/8/ORIGINAL\"></audio>";
        BankQuestion q = question(QuestionType.SINGLE_CHOICE, FormQuestion.html("Con gì đây?", cat),
                List.of(new Choice("a", FormQuestion.html("Con mèo", mew)), new Choice("b", FormQuestion.html(null, cat))),
                Json.createObjectBuilder().add("type", "SINGLE_CHOICE").add("correct", "a").build());

        FormQuestion form = FormQuestion.of(q, 4).orElseThrow();

        assertThat(form.stem()).isEqualTo("Con gì đây?");
        assertThat(form.stemMedia()).isEqualTo(cat);
        assertThat(form.options()).containsExactly("Con mèo", "", null, null);
        assertThat(form.optionMedia()).containsExactly(mew, cat, "", "");
    }

    @Test
    void mediaInsideTheTextIsLeftToTheApi() {
        BankQuestion q = question(QuestionType.TRUE_FALSE, "<p>Đây <img src=\"/files/7/ORIGINAL\"> là con mèo</p>", List.of(),
                Json.createObjectBuilder().add("type", "TRUE_FALSE").add("correct", true).build());

        assertThat(FormQuestion.of(q, 4)).isEmpty();
    }

    @Test
    void thePickerTakesAMaterialsNumberOrTheAddressOfItsPage() {
        assertThat(MaterialReference.id(" 42 ")).isEqualTo(42L);
        assertThat(MaterialReference.id("https://hoclieu.example/app/material.xhtml?id=42")).isEqualTo(42L);
        assertThat(MaterialReference.id("http://localhost:8080/app/material?lang=vi&id=7&tab=files")).isEqualTo(7L);
        assertThat(MaterialReference.id("https://evil.example/?id=x")).isNull();
        assertThat(MaterialReference.id("")).isNull();
    }
}
