package vn.hoclieu.core.quiz;

/**
 * What opening a quiz left ready for its pupil: a prepared attempt (its questions drawn, its clock
 * not running; nothing of it is shown before the start), or the attempt already in progress
 * ({@code attemptId}), which the page resumes.
 */
public record PreparedAttempt(long quizId, State state, Long attemptId) {

    public enum State { PREPARED, IN_PROGRESS }

    public static PreparedAttempt prepared(long quizId) {
        return new PreparedAttempt(quizId, State.PREPARED, null);
    }

    public static PreparedAttempt inProgress(long quizId, long attemptId) {
        return new PreparedAttempt(quizId, State.IN_PROGRESS, attemptId);
    }
}
