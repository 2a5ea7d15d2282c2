package vn.hoclieu.core.quiz;

import java.math.BigDecimal;
import java.util.List;

/** An essay waiting for a teacher's grade (or graded: {@code points} set). */
public record GradingItem(long attemptId, long pupilId, String pupilName, int slot, long questionId, String title, String stem,
                          String graderGuidance, List<String> response, BigDecimal maxPoints, BigDecimal points) {
}
