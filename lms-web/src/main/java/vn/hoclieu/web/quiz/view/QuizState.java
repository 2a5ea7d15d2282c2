package vn.hoclieu.web.quiz.view;

import vn.hoclieu.core.quiz.PupilResult;

import java.util.List;

/** Where a pupil stands with a quiz, from their attempts (the latest decides). */
public enum QuizState {
    NOT_STARTED,
    IN_PROGRESS,
    SUBMITTED;

    public static QuizState of(List<PupilResult.Attempt> mine) {
        if (mine.isEmpty()) {
            return NOT_STARTED;
        }
        return mine.getLast().submittedAt() == null ? IN_PROGRESS : SUBMITTED;
    }
}
