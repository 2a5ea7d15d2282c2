package vn.hoclieu.core.quiz.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SetSummaryTest {

    @Test
    void countsQuestionsPerTypeAndDifficultyAndListsTagsOnce() {
        String summary = SetSummary.of(List.of(
                new SetSummary.Item(QuestionType.SINGLE_CHOICE, 2, List.of("phân số", "lớp 4")),
                new SetSummary.Item(QuestionType.NUMERIC, 4, List.of("phân số")),
                new SetSummary.Item(QuestionType.SINGLE_CHOICE, 2, List.of())));

        assertThat(summary).isEqualTo("3 câu hỏi: 2 một lựa chọn, 1 số. Độ khó (1–5): mức 2: 2 câu, mức 4: 1 câu. Thẻ: lớp 4, phân số.");
    }

    @Test
    void anEmptySetSaysSoWithoutDifficultyOrTags() {
        assertThat(SetSummary.of(List.of())).isEqualTo("0 câu hỏi.");
    }
}
