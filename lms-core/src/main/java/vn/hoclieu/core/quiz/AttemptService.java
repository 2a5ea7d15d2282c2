package vn.hoclieu.core.quiz;

import jakarta.validation.Valid;
import vn.hoclieu.core.account.Account;

import java.time.Instant;
import java.util.List;

/**
 * Taking a quiz. The server owns the clock ({@code model.AttemptClock}); every answer is saved on
 * its own, idempotently and with a version; an attempt past its end is submitted by the server.
 * A pupil only ever reaches their own attempts (anyone else's: not found). The transaction boundary.
 */
public interface AttemptService {

    /**
     * Prepares the pupil's next attempt when they open the quiz (questions drawn and frozen, one
     * answer row per question) without starting its clock or using up an attempt — once: again, it
     * is the same one. Allowed from {@code Quiz.PREPARE_AHEAD} before the opening until the closing.
     *
     * @throws QuizException {@code not_open} outside that window, {@code no_attempts_left}
     */
    PreparedAttempt prepare(long quizId, Account pupil);

    /**
     * Starts the prepared attempt (one UPDATE: its start and end), or prepares and starts one at
     * once when none was prepared, or resumes the one in progress.
     */
    AttemptView start(long quizId, Account pupil);

    AttemptView attempt(long attemptId, Account pupil);

    /** The pupil's own attempts at a quiz, in the order they were started (for the quiz's page). */
    List<PupilResult.Attempt> mine(long quizId, Account pupil);

    /** The server's clock of the pupil's attempt, without its questions: a light poll for the timer. */
    AttemptClockView clock(long attemptId, Account pupil);

    /**
     * Saves one answer: applied (new version), or the same save again (current version).
     *
     * @throws AnswerConflictException made from an older version
     * @throws QuizException {@code attempt_over} after the end and its grace, or once submitted
     */
    SavedAnswer save(long attemptId, Account pupil, int slot, @Valid AnswerInput answer);

    /** The pupil hands the attempt in; it is scored (essays wait for a teacher). */
    AttemptReview submit(long attemptId, Account pupil);

    /** What the quiz's review policy shows the pupil now (the class's teachers: everything). */
    AttemptReview review(long attemptId, Account reader);

    /** Submits attempts whose time ran out (after the grace), whether or not a browser is there; how many. */
    int submitOverdue(Instant now);
}
