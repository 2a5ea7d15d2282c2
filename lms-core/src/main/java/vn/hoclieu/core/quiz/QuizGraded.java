package vn.hoclieu.core.quiz;

/**
 * CDI event: grades of a quiz changed (an attempt finished, an essay was graded, a question was
 * regraded). The gradebook reads {@link QuizService#grades} of the quiz when it observes it.
 */
public record QuizGraded(long quizId, long classId, long subjectId) {
}
