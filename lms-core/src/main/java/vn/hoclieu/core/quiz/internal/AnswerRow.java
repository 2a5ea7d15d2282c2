package vn.hoclieu.core.quiz.internal;

import java.math.BigDecimal;

/** One row of {@code core_quiz_answer}: an attempt's answer to the question at one slot. */
record AnswerRow(long attemptId, int slot, long questionId, BigDecimal points, String response, long version,
                 String lastSaveId, BigDecimal score, boolean manual, Long gradedBy) {
}
