package vn.hoclieu.core.quiz.internal;

import vn.hoclieu.core.quiz.QuizInput;
import vn.hoclieu.core.quiz.SlotInput;
import vn.hoclieu.core.quiz.model.GradingMethod;
import vn.hoclieu.core.quiz.model.Quiz;

import java.util.List;
import java.util.Objects;

/**
 * What a teacher may still change in a quiz that pupils have attempted: its opening and closing
 * times, the attempts allowed and what pupils may review. Everything else shapes attempts already
 * made (their questions, points, clock and grade), so it must stay as it is.
 */
final class QuizEdit {

    private QuizEdit() {
    }

    /** Whether {@code input} keeps every field of {@code quiz} (and its slots) that attempts depend on. */
    static boolean keepsWhatAttemptsDependOn(Quiz quiz, List<SlotRow> slots, long subjectId, QuizInput input) {
        Integer limitSeconds = input.timeLimitMinutes() == null ? null : input.timeLimitMinutes() * 60;
        GradingMethod method = input.gradingMethod() == null ? GradingMethod.HIGHEST : input.gradingMethod();
        return quiz.title().equals(input.title().strip())
                && quiz.intro().equals(input.intro() == null ? "" : input.intro().strip())
                && quiz.subjectId() == subjectId
                && Objects.equals(quiz.timeLimitSeconds(), limitSeconds)
                && quiz.gradingMethod() == method
                && quiz.shuffleQuestions() == input.shuffleQuestions()
                && quiz.shuffleOptions() == input.shuffleOptions()
                && quiz.published() == input.published()
                && sameSlots(slots, input.slots());
    }

    private static boolean sameSlots(List<SlotRow> slots, List<SlotInput> input) {
        if (slots.size() != input.size()) {
            return false;
        }
        for (int i = 0; i < slots.size(); i++) {
            SlotRow held = slots.get(i);
            SlotInput given = input.get(i);
            if (!Objects.equals(held.questionId(), given.questionId()) || !Objects.equals(held.categoryId(), given.categoryId())
                    || held.count() != given.drawn() || given.points() == null || held.points().compareTo(given.points()) != 0) {
                return false;
            }
        }
        return true;
    }
}
