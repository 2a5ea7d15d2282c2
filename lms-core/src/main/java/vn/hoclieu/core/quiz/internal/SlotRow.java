package vn.hoclieu.core.quiz.internal;

import java.math.BigDecimal;

/** One row of {@code core_quiz_slot}: a fixed question or a draw of {@code count} from a category. */
record SlotRow(int position, Long questionId, Long categoryId, int count, BigDecimal points) {
}
