package vn.hoclieu.core.quiz.internal;

import vn.hoclieu.core.quiz.model.QuestionDraw;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A quiz's stored slots as {@link QuestionDraw} slots, and what each drawn question is worth. */
final class QuizSlots {

    private QuizSlots() {
    }

    static List<QuestionDraw.Slot> draw(List<SlotRow> slots, Map<Long, List<Long>> drawable) {
        return slots.stream().<QuestionDraw.Slot>map(s -> s.questionId() != null ? new QuestionDraw.Fixed(s.questionId())
                : new QuestionDraw.FromCategory(drawable.getOrDefault(s.categoryId(), List.of()), s.count())).toList();
    }

    /**
     * Question id → the points of the slot it came from, given the draw in slot order (unshuffled:
     * the slots' questions follow each other, a draw's {@code count} at a time).
     */
    static Map<Long, BigDecimal> pointsOf(List<SlotRow> slots, List<Long> inSlotOrder) {
        Map<Long, BigDecimal> points = new HashMap<>();
        int next = 0;
        for (SlotRow slot : slots) {
            int taken = slot.questionId() != null ? 1 : slot.count();
            for (int i = 0; i < taken; i++) {
                points.put(inSlotOrder.get(next++), slot.points());
            }
        }
        return points;
    }
}
