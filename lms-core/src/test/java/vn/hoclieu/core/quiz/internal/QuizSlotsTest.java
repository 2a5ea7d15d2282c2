package vn.hoclieu.core.quiz.internal;

import org.junit.jupiter.api.Test;
import vn.hoclieu.core.quiz.model.QuestionDraw;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class QuizSlotsTest {

    private final List<SlotRow> slots = List.of(new SlotRow(1, 7L, null, 1, new BigDecimal("2")),
            new SlotRow(2, null, 100L, 2, new BigDecimal("1.5")), new SlotRow(3, null, 200L, 1, new BigDecimal("0.5")));
    private final Map<Long, List<Long>> drawable = Map.of(100L, List.of(11L, 12L, 13L), 200L, List.of(21L, 7L));

    @Test
    void eachDrawnQuestionIsWorthThePointsOfItsSlotWhateverTheShuffle() {
        List<QuestionDraw.Slot> draw = QuizSlots.draw(slots, drawable);
        for (long seed = 1; seed <= 20; seed++) {
            Map<Long, BigDecimal> points = QuizSlots.pointsOf(slots, QuestionDraw.draw(draw, false, seed));
            List<Long> shuffled = QuestionDraw.draw(draw, true, seed);
            assertThat(points).containsEntry(7L, new BigDecimal("2")).containsEntry(21L, new BigDecimal("0.5")).hasSize(4);
            assertThat(points.keySet()).containsExactlyInAnyOrderElementsOf(shuffled);
            shuffled.stream().filter(id -> id >= 11 && id <= 13).forEach(id -> assertThat(points.get(id)).isEqualTo(new BigDecimal("1.5")));
        }
    }

    @Test
    void aFixedQuestionIsNeverDrawnAgainFromItsCategory() {
        List<Long> drawn = QuestionDraw.draw(QuizSlots.draw(slots, drawable), false, 42);
        assertThat(drawn).doesNotHaveDuplicates().endsWith(21L);
    }
}
