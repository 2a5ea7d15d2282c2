package vn.hoclieu.core.quiz;

import java.time.Instant;

/**
 * What opening a quiz left ready for its pupil: the prepared attempt (its questions drawn at
 * {@code preparedAt}, its clock not running; nothing of it is shown before the start, which keeps
 * its id), or the attempt already in progress, which the page resumes.
 */
public record PreparedAttempt(long quizId, State state, long attemptId, Instant preparedAt) {

    public enum State { PREPARED, IN_PROGRESS }
}
