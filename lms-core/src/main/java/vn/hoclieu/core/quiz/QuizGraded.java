package vn.hoclieu.core.quiz;

import java.time.Instant;
import java.util.Set;

/**
 * CDI event, fired in the grading transaction: the grades of some pupils of a quiz changed (an
 * attempt finished, an essay was graded, a question was regraded). The gradebook reads
 * {@link QuizService#grades} of just those pupils when it observes it — a hand-in touches one
 * pupil's mark, not the class's; {@code takenAt} (when the quiz opens) says the term. A quiz of a
 * class has {@code classId}; a quiz of an open course has {@code courseId} instead (and no gradebook).
 */
public record QuizGraded(long quizId, Long classId, Long courseId, long subjectId, String title, Instant takenAt, Set<Long> pupilIds) {

    public QuizGraded {
        pupilIds = Set.copyOf(pupilIds);
    }
}
