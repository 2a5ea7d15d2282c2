package vn.hoclieu.core.quiz.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import vn.hoclieu.core.quiz.QuizGraded;
import vn.hoclieu.core.quiz.model.AnswerKey;
import vn.hoclieu.core.quiz.model.ItemScore;
import vn.hoclieu.core.quiz.model.QuizAttempt;
import vn.hoclieu.core.quiz.model.StoredQuestion;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Scores attempts with the questions' keys, inside the caller's transaction: at submission, after
 * a teacher grades an essay, and when a corrected key rescores every finished attempt (a teacher's
 * grade of an essay is never overwritten). Announces changed grades with {@link QuizGraded}.
 */
@ApplicationScoped
public class AttemptScoring {

    @Inject
    AttemptRepository attempts;

    @Inject
    QuestionBankRepository bank;

    @Inject
    QuizRepository quizzes;

    @Inject
    Event<QuizGraded> graded;

    /** Scores every answer of a just-submitted attempt. */
    public void score(QuizAttempt attempt) {
        List<AnswerRow> rows = attempts.answers(attempt.id());
        Map<Long, AnswerKey> keys = keys(rows.stream().map(AnswerRow::questionId).collect(Collectors.toSet()));
        List<AnswerRow> scored = rows.stream().map(row -> rescored(row, keys.get(row.questionId()))).toList();
        total(attempt, scored);
        announce(Map.of(attempt.quizId(), Set.of(attempt.pupilId())));
    }

    /** Rescores the finished answers to one question with its current key; how many were rescored. */
    public int regrade(long questionId) {
        List<AnswerRow> rows = attempts.submittedAnswersTo(questionId);
        if (rows.isEmpty()) {
            return 0;
        }
        AnswerKey key = keys(Set.of(questionId)).get(questionId);
        rows.forEach(row -> rescored(row, key));
        Set<Long> attemptIds = rows.stream().map(AnswerRow::attemptId).collect(Collectors.toSet());
        Map<Long, List<AnswerRow>> byAttempt = attempts.answers(attemptIds).stream().collect(Collectors.groupingBy(AnswerRow::attemptId));
        Map<Long, Set<Long>> pupilsByQuiz = new HashMap<>();
        for (long attemptId : attemptIds) {
            QuizAttempt attempt = attempts.attempt(attemptId).orElseThrow();
            total(attempt, byAttempt.get(attemptId));
            pupilsByQuiz.computeIfAbsent(attempt.quizId(), q -> new HashSet<>()).add(attempt.pupilId());
        }
        announce(pupilsByQuiz);
        return rows.size();
    }

    /** After a teacher's grade of one answer: the attempt's total again. */
    public void retotal(QuizAttempt attempt) {
        total(attempt, attempts.answers(attempt.id()));
        announce(Map.of(attempt.quizId(), Set.of(attempt.pupilId())));
    }

    private AnswerRow rescored(AnswerRow row, AnswerKey key) {
        if (row.manual() && row.gradedBy() != null && key.type().manual()) {
            return row; // a teacher's grade stands
        }
        ItemScore score = key.score(QuestionJson.response(row.response()), row.points());
        BigDecimal points = score.manual() ? null : score.points();
        attempts.score(row.attemptId(), row.slot(), points, score.manual(), null);
        return new AnswerRow(row.attemptId(), row.slot(), row.questionId(), row.points(), row.response(), row.version(),
                row.lastSaveId(), points, score.manual(), null);
    }

    private void total(QuizAttempt attempt, List<AnswerRow> rows) {
        BigDecimal total = rows.stream().map(AnswerRow::score).filter(s -> s != null).reduce(BigDecimal.ZERO, BigDecimal::add);
        int waiting = (int) rows.stream().filter(r -> r.manual() && r.score() == null).count();
        attempt.scored(total, waiting);
    }

    private Map<Long, AnswerKey> keys(Collection<Long> questionIds) {
        return bank.questions(questionIds).stream()
                .collect(Collectors.toMap(StoredQuestion::id, q -> QuestionJson.key(q.answerKey()), (a, b) -> a));
    }

    /** Quiz id → the pupils whose grade may have changed. */
    private void announce(Map<Long, Set<Long>> pupilsByQuiz) {
        pupilsByQuiz.forEach((quizId, pupils) -> quizzes.quiz(quizId).ifPresent(q -> graded.fire(new QuizGraded(q.id(), q.classId(),
                q.courseId(), q.subjectId(), q.title(), q.opensAt() != null ? q.opensAt() : java.time.Instant.now(), pupils))));
    }

    static <T> Map<Long, T> byId(Collection<T> items, Function<T, Long> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    }
}
