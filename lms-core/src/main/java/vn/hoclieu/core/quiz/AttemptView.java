package vn.hoclieu.core.quiz;

import vn.hoclieu.core.quiz.model.Choice;
import vn.hoclieu.core.quiz.model.QuestionType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An attempt as its pupil takes it: the server's end and what remains (seconds; null: no end), and
 * the questions in the attempt's order with options in the attempt's order — never a key.
 */
public record AttemptView(long id, long quizId, String quizTitle, int number, Instant startedAt, Instant endsAt,
                          Long remainingSeconds, Instant submittedAt, List<Item> questions) {

    public record Item(int slot, QuestionType type, String title, String stem, List<Choice> choices, List<Choice> targets,
                       List<List<Choice>> gapChoices, BigDecimal points, List<String> response, long version) {
    }
}
