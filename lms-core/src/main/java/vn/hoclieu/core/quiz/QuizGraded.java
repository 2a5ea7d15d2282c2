package vn.hoclieu.core.quiz;

import java.time.Instant;

/**
 * CDI event, fired in the grading transaction: grades of a quiz changed (an attempt finished, an
 * essay was graded, a question was regraded). The gradebook reads {@link QuizService#grades} of
 * the quiz when it observes it; {@code takenAt} (when the quiz opens) says the term.
 */
public record QuizGraded(long quizId, long classId, long subjectId, String title, Instant takenAt) {
}
