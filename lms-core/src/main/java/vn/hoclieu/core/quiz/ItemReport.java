package vn.hoclieu.core.quiz;

import vn.hoclieu.core.quiz.model.QuestionType;

import java.util.List;
import java.util.Map;

/**
 * Statistics of one question over a quiz's finished attempts; facility 0–1, discrimination −1–1 (null: not enough data).
 * {@code frequencies} counts the stored values (option ids, typed answers, pairs); {@code answerTexts} the same counts
 * with what pupils saw (an option's text without its markup, shortened), unanswered as an empty value.
 */
public record ItemReport(long questionId, String title, int answers, Double facility, Double discrimination,
                         Map<String, Integer> frequencies, QuestionType type, List<AnswerText> answerTexts) {

    /** One answer given: its stored value, its text as pupils saw it, how many gave it. */
    public record AnswerText(String value, String text, int count) {
    }
}
