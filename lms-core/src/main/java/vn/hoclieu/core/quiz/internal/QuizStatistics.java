package vn.hoclieu.core.quiz.internal;

import vn.hoclieu.core.quiz.ItemReport;
import vn.hoclieu.core.quiz.model.ItemStatistics;
import vn.hoclieu.core.quiz.model.QuizAttempt;
import vn.hoclieu.core.quiz.model.StoredQuestion;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A quiz's item statistics from its finished attempts' answers (answers still to grade left out). */
final class QuizStatistics {

    private QuizStatistics() {
    }

    static List<ItemReport> of(List<AnswerRow> rows, Map<Long, QuizAttempt> finished, Map<Long, StoredQuestion> questions) {
        Map<Long, List<AnswerRow>> byQuestion = rows.stream().filter(r -> r.score() != null)
                .collect(Collectors.groupingBy(AnswerRow::questionId, TreeMap::new, Collectors.toList()));
        List<ItemReport> reports = new ArrayList<>();
        byQuestion.forEach((questionId, answers) -> {
            List<Double> shares = new ArrayList<>();
            List<Double> rest = new ArrayList<>();
            for (AnswerRow a : answers) {
                shares.add(a.points().signum() == 0 ? 0 : a.score().doubleValue() / a.points().doubleValue());
                BigDecimal total = finished.get(a.attemptId()).score();
                rest.add(total == null ? 0 : total.subtract(a.score()).doubleValue());
            }
            StoredQuestion question = questions.get(questionId);
            Map<String, Integer> frequencies = ItemStatistics.answerFrequencies(answers.stream().map(a -> QuestionJson.response(a.response())).toList());
            reports.add(new ItemReport(questionId, question.title(), answers.size(), value(ItemStatistics.facility(shares)),
                    value(ItemStatistics.discrimination(shares, rest)), frequencies, question.type(), texts(frequencies, question)));
        });
        return reports;
    }

    /** The counts with what pupils saw, most given first. */
    private static List<ItemReport.AnswerText> texts(Map<String, Integer> frequencies, StoredQuestion question) {
        AnswerLabels labels = new AnswerLabels(QuestionJson.options(question.options()));
        return frequencies.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(f -> new ItemReport.AnswerText(f.getKey(), labels.label(f.getKey()), f.getValue())).toList();
    }

    private static Double value(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }
}
