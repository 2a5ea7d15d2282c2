package vn.hoclieu.core.quiz;

import java.time.Instant;

/**
 * CDI event, fired in the grading transaction: grades of a quiz changed (an attempt finished, an
 * essay was graded, a question was regraded). The gradebook reads {@link QuizService#grades} of
 * the quiz when it observes it (only for a quiz of a class: {@code classId} is null for an open course's); {@code takenAt} (when the quiz opens) says the term.
 */
public record QuizGraded(long quizId, Long classId, Long courseId, long subjectId, String title, Instant takenAt) {
}
