package vn.hoclieu.core.assignment;

import java.math.BigDecimal;

/**
 * An author graded a learner's work on an open course's assignment (fired in the grading
 * transaction; never for a class, whose grades reach the gradebook by {@link GradesReleased}).
 * {@code gradeOnTen}: the final score, 0–10.
 */
public record WorkGraded(long assignmentId, long courseId, long learnerId, BigDecimal gradeOnTen) {
}
