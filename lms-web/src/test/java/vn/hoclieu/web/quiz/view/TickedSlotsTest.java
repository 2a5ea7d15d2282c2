package vn.hoclieu.web.quiz.view;

import org.junit.jupiter.api.Test;
import vn.hoclieu.core.quiz.BankCategory;
import vn.hoclieu.core.quiz.BankQuestion;
import vn.hoclieu.core.quiz.SlotInput;
import vn.hoclieu.core.quiz.model.QuestionType;
import vn.hoclieu.web.quiz.view.QuizEditView.CategoryQuestions;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The ticks of the quiz pages (quiz-edit, a course's quiz unit) become the quiz's places. */
class TickedSlotsTest {

    private static final CategoryQuestions ADDITION = new CategoryQuestions(new BankCategory(10, 1, 1, 3, "Phép cộng", 2),
            List.of(question(101, 10), question(102, 10)));

    @Test
    void tickedQuestionsAreFixedAtTheirCategorysPoints() {
        List<SlotInput> slots = QuizEditView.slots(List.of(ADDITION), Map.of(102L, true, 101L, false), Map.of(),
                Map.of(10L, new BigDecimal("1.5")));

        assertThat(slots).containsExactly(new SlotInput(102L, null, null, new BigDecimal("1.5")));
    }

    @Test
    void aCountDrawsThatManyFromTheCategoryAtOnePointWhenNoneWasTyped() {
        List<SlotInput> slots = QuizEditView.slots(List.of(ADDITION), Map.of(), Map.of(10L, 2), Map.of());

        assertThat(slots).containsExactly(new SlotInput(null, 10L, 2, BigDecimal.ONE));
    }

    @Test
    void nothingTickedAndNothingDrawnGivesNoPlaces() {
        assertThat(QuizEditView.slots(List.of(ADDITION), Map.of(), Map.of(10L, 0), Map.of())).isEmpty();
    }

    private static BankQuestion question(long id, long category) {
        return new BankQuestion(id, category, 1, QuestionType.SINGLE_CHOICE, "Câu " + id, "2 + 3 = ?", List.of(), List.of(), List.of(),
                null, BigDecimal.ONE, 2, List.of(), null, 0);
    }
}
