package vn.hoclieu.core.quiz.internal;

import vn.hoclieu.core.quiz.AttemptReview;
import vn.hoclieu.core.quiz.AttemptView;
import vn.hoclieu.core.quiz.model.AnswerKey;
import vn.hoclieu.core.quiz.model.AttemptClock;
import vn.hoclieu.core.quiz.model.Choice;
import vn.hoclieu.core.quiz.model.QuestionDraw;
import vn.hoclieu.core.quiz.model.QuestionType;
import vn.hoclieu.core.quiz.model.Quiz;
import vn.hoclieu.core.quiz.model.QuizAttempt;
import vn.hoclieu.core.quiz.model.ReviewPolicy;
import vn.hoclieu.core.quiz.model.StoredQuestion;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a pupil is shown of an attempt: questions with options in the attempt's order and never a
 * key while answering; in review only the parts the quiz's policy shows at that moment.
 */
final class AttemptViews {

    private AttemptViews() {
    }

    static AttemptView taking(QuizAttempt attempt, Quiz quiz, List<AnswerRow> rows, Map<Long, StoredQuestion> questions, Instant now) {
        AttemptClock clock = new AttemptClock(attempt.startedAt(), quiz.timeLimit(), Optional.ofNullable(quiz.closesAt()));
        Long remaining = attempt.submittedAt().isPresent() ? Long.valueOf(0)
                : attempt.endsAt().map(end -> now.isBefore(end) ? java.time.Duration.between(now, end).toSeconds() : 0L).orElse(null);
        List<AttemptView.Item> items = rows.stream().map(row -> {
            StoredQuestion q = questions.get(row.questionId());
            QuestionJson.Options o = ordered(QuestionJson.options(q.options()), q, quiz.shuffleOptions(), attempt.seed());
            return new AttemptView.Item(row.slot(), q.type(), q.title(), q.stem(), o.choices(), o.targets(), o.gapChoices(), row.points(),
                    QuestionJson.response(row.response()).values(), row.version());
        }).toList();
        return new AttemptView(attempt.id(), quiz.id(), quiz.title(), attempt.number(), attempt.startedAt(),
                clock.endsAt().orElse(null), remaining, attempt.submittedAt().orElse(null), items);
    }

    static AttemptReview review(QuizAttempt attempt, Quiz quiz, List<AnswerRow> rows, Map<Long, StoredQuestion> questions,
                                Set<ReviewPolicy.Part> shown) {
        boolean responses = shown.contains(ReviewPolicy.Part.RESPONSES);
        boolean points = shown.contains(ReviewPolicy.Part.POINTS);
        boolean correctness = shown.contains(ReviewPolicy.Part.CORRECTNESS);
        boolean rightAnswers = shown.contains(ReviewPolicy.Part.RIGHT_ANSWERS);
        List<AttemptReview.Item> items = rows.stream().map(row -> {
            StoredQuestion q = questions.get(row.questionId());
            QuestionJson.Options o = ordered(QuestionJson.options(q.options()), q, quiz.shuffleOptions(), attempt.seed());
            AnswerKey key = QuestionJson.key(q.answerKey());
            Boolean correct = correctness && row.score() != null ? row.score().compareTo(row.points()) == 0 : null;
            return new AttemptReview.Item(row.slot(), q.title(), q.stem(), o.choices(), o.targets(), o.gapChoices(), row.points(),
                    responses ? QuestionJson.response(row.response()).values() : null, correct,
                    points ? row.score() : null, rightAnswers && !key.type().manual() ? QuestionJson.keyJson(key) : null);
        }).toList();
        boolean finished = attempt.submittedAt().isPresent();
        return new AttemptReview(attempt.id(), quiz.id(), attempt.pupilId(), attempt.submittedAt().orElse(null), shown,
                points && finished ? attempt.score() : null, attempt.maxScore(), points && finished ? attempt.toGrade() : null, items);
    }

    /**
     * Options in this attempt's order: always shuffled where the written order would give the
     * answer away (an ordering's options, a matching's right column), the rest when the quiz says so.
     */
    private static QuestionJson.Options ordered(QuestionJson.Options o, StoredQuestion q, boolean shuffle, long seed) {
        boolean ordering = q.type() == QuestionType.ORDERING;
        List<Choice> choices = shuffle || ordering ? QuestionDraw.optionOrder(o.choices(), seed, q.id()) : o.choices();
        List<Choice> targets = shuffle || q.type() == QuestionType.MATCHING ? QuestionDraw.optionOrder(o.targets(), seed, q.id() + 1) : o.targets();
        List<List<Choice>> gaps = shuffle ? o.gapChoices().stream().map(g -> QuestionDraw.optionOrder(g, seed, q.id() + 2)).toList() : o.gapChoices();
        return new QuestionJson.Options(choices, targets, gaps);
    }
}
