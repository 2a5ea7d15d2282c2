package vn.hoclieu.core.quiz.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.core.quiz.AnswerConflictException;
import vn.hoclieu.core.quiz.AnswerInput;
import vn.hoclieu.core.quiz.AttemptClockView;
import vn.hoclieu.core.quiz.AttemptReview;
import vn.hoclieu.core.quiz.PreparedAttempt;
import vn.hoclieu.core.quiz.PupilResult;
import vn.hoclieu.core.quiz.AttemptService;
import vn.hoclieu.core.quiz.AttemptView;
import vn.hoclieu.core.quiz.QuizException;
import vn.hoclieu.core.quiz.SavedAnswer;
import vn.hoclieu.core.quiz.model.AnswerSave;
import vn.hoclieu.core.quiz.model.AttemptClock;
import vn.hoclieu.core.quiz.model.QuestionDraw;
import vn.hoclieu.core.quiz.model.Quiz;
import vn.hoclieu.core.quiz.model.QuizAttempt;
import vn.hoclieu.core.quiz.model.Response;
import vn.hoclieu.core.quiz.model.ReviewPolicy;
import vn.hoclieu.core.quiz.model.StoredQuestion;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
@Transactional
public class DefaultAttemptService implements AttemptService {

    private static final SecureRandom SEEDS = new SecureRandom();

    @Inject
    AttemptRepository attempts;

    @Inject
    QuizRepository quizzes;

    @Inject
    QuestionBankRepository bank;

    @Inject
    SharedSets sharedSets;

    @Inject
    AttemptScoring scoring;

    @Inject
    QuizAudiences audiences;

    @Override
    public PreparedAttempt prepare(long quizId, Account pupil) {
        quizzes.holdForPreparing(quizId);
        Quiz quiz = takenBy(quizId, pupil);
        Instant now = Instant.now();
        List<QuizAttempt> all = attempts.everyAttemptOf(quizId, pupil.id());
        List<QuizAttempt> started = all.stream().filter(a -> !a.prepared()).toList();
        Optional<QuizAttempt> running = started.stream().filter(a -> a.takesAnswersAt(now)).findFirst();
        if (running.isPresent()) {
            return readied(running.get());
        }
        if (!quiz.preparableAt(now)) {
            throw QuizException.conflict("not_open");
        }
        if (noAttemptsLeft(quiz, started)) {
            throw QuizException.conflict("no_attempts_left");
        }
        Optional<QuizAttempt> prepared = all.stream().filter(QuizAttempt::prepared).findFirst();
        if (prepared.isPresent()) {
            return readied(prepared.get());
        }
        int number = started.size() + 1;
        Draw draw = draw(quiz);
        Optional<Long> written = attempts.addPrepared(QuizAttempt.prepared(quizId, pupil.id(), number, draw.seed(), now, draw.maxScore()));
        written.ifPresent(id -> writeAnswers(id, draw));
        // not written: the same pupil's other tab prepared it (or a start took the number) a moment ago
        return readied(written.flatMap(attempts::attempt).or(() -> attempts.numbered(quizId, pupil.id(), number)).orElseThrow());
    }

    private static PreparedAttempt readied(QuizAttempt attempt) {
        return new PreparedAttempt(attempt.quizId(), attempt.prepared() ? PreparedAttempt.State.PREPARED : PreparedAttempt.State.IN_PROGRESS,
                attempt.id(), attempt.preparedAt());
    }

    /**
     * An attempt whose time ran out is handed in first, then the start is decided. A refusal
     * (closed, no attempts left) must not undo that hand-in: the sweep may not come for a while and
     * the pupil's page shows the finished attempt at once.
     */
    @Override
    @Transactional(dontRollbackOn = QuizException.class)
    public AttemptView start(long quizId, Account pupil) {
        Quiz quiz = takenBy(quizId, pupil);
        Instant now = Instant.now();
        List<QuizAttempt> all = attempts.everyAttemptOf(quizId, pupil.id());
        List<QuizAttempt> earlier = all.stream().filter(a -> !a.prepared()).toList();
        for (QuizAttempt attempt : earlier) {
            if (attempt.takesAnswersAt(now)) {
                return taking(attempt, quiz, now); // resume
            }
            handInIfOverdue(attempt, now);
        }
        if (!quiz.openAt(now)) {
            throw QuizException.conflict("not_open");
        }
        if (noAttemptsLeft(quiz, earlier)) {
            throw QuizException.conflict("no_attempts_left");
        }
        AttemptClock clock = new AttemptClock(now, quiz.timeLimit(), Optional.ofNullable(quiz.closesAt()));
        Optional<QuizAttempt> prepared = all.stream().filter(QuizAttempt::prepared).findFirst();
        if (prepared.isPresent()) {
            return startPrepared(prepared.get(), quiz, pupil, clock, earlier.size() + 1);
        }
        return taking(prepareStarted(quiz, pupil, earlier.size() + 1, clock), quiz, now);
    }

    /** The cheap start: one UPDATE. Lost to the same pupil's other start (resumed) or to a teacher's edit (prepared anew). */
    private AttemptView startPrepared(QuizAttempt attempt, Quiz quiz, Account pupil, AttemptClock clock, int number) {
        Instant now = clock.startedAt();
        if (attempts.start(attempt.id(), now, clock.endsAt().orElse(null))) {
            attempts.refresh(attempt);
            return taking(attempt, quiz, now);
        }
        Optional<QuizAttempt> other = attempts.latest(attempt); // a locking read: what the other start committed
        if (other.isPresent() && !other.get().prepared()) {
            return taking(other.get(), quiz, now);
        }
        return taking(prepareStarted(quiz, pupil, number, clock), quiz, now);
    }

    private static boolean noAttemptsLeft(Quiz quiz, List<QuizAttempt> started) {
        return quiz.attemptsAllowed() > 0 && started.size() >= quiz.attemptsAllowed();
    }

    /** The published quiz, if the pupil takes it; for anyone else it does not exist. */
    private Quiz takenBy(long quizId, Account pupil) {
        Quiz quiz = quizzes.quiz(quizId).filter(Quiz::published).orElseThrow(QuizException::notFound);
        if (!audiences.takes(quiz, pupil)) {
            throw QuizException.notFound();
        }
        return quiz;
    }

    /** The conditional UPDATE lets only one of this start and the expiry sweep hand it in. */
    private void handInIfOverdue(QuizAttempt attempt, Instant now) {
        if (attempt.submittedAt().isEmpty() && attempts.markSubmitted(attempt.id(), now, QuizAttempt.BY_SERVER)) {
            attempts.refresh(attempt);
            scoring.score(attempt);
        }
    }

    /** The questions of one attempt, drawn from a new seed: in the attempt's order, with their points. */
    private record Draw(long seed, List<Long> ordered, Map<Long, BigDecimal> points) {

        BigDecimal maxScore() {
            return points.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    private Draw draw(Quiz quiz) {
        List<SlotRow> slots = quizzes.slots(quiz.id());
        Map<Long, List<Long>> drawable = sharedSets.drawable(slots.stream().map(SlotRow::categoryId).filter(c -> c != null).toList(), quiz.teacherId());
        List<QuestionDraw.Slot> draw = QuizSlots.draw(slots, drawable);
        long seed = SEEDS.nextLong();
        try {
            Map<Long, BigDecimal> points = QuizSlots.pointsOf(slots, QuestionDraw.draw(draw, false, seed));
            return new Draw(seed, QuestionDraw.draw(draw, quiz.shuffleQuestions(), seed), points);
        } catch (QuestionDraw.NotEnoughQuestionsException e) {
            throw QuizException.conflict("not_enough_questions");
        }
    }

    /** Nothing was prepared: draws, writes and starts the attempt in one go (the old, dearer start). */
    private QuizAttempt prepareStarted(Quiz quiz, Account pupil, int number, AttemptClock clock) {
        Draw draw = draw(quiz);
        QuizAttempt attempt = new QuizAttempt(quiz.id(), pupil.id(), number, draw.seed(), clock.startedAt(), clock.endsAt().orElse(null),
                draw.maxScore());
        try {
            attempts.add(attempt);
        } catch (PersistenceException e) {
            throw QuizException.conflict("already_started"); // the same pupil's other start won the number
        }
        writeAnswers(attempt.id(), draw);
        return attempt;
    }

    private void writeAnswers(long attemptId, Draw draw) {
        List<AnswerRow> rows = new ArrayList<>();
        for (int i = 0; i < draw.ordered().size(); i++) {
            long question = draw.ordered().get(i);
            rows.add(new AnswerRow(attemptId, i + 1, question, draw.points().get(question), "[]", 0, null, null, false, null));
        }
        attempts.insertAnswers(attemptId, rows);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public AttemptView attempt(long attemptId, Account pupil) {
        QuizAttempt attempt = own(attemptId, pupil);
        return taking(attempt, quizzes.quiz(attempt.quizId()).orElseThrow(), Instant.now());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PupilResult.Attempt> mine(long quizId, Account pupil) {
        return attempts.attemptsOf(quizId, pupil.id()).stream().map(a -> new PupilResult.Attempt(a.id(), a.number(), a.startedAt(),
                a.submittedAt().orElse(null), a.submittedBy(), a.score(), a.maxScore(), a.toGrade())).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public AttemptClockView clock(long attemptId, Account pupil) {
        QuizAttempt attempt = own(attemptId, pupil);
        Instant now = Instant.now();
        Long remaining = attempt.submittedAt().isPresent() ? Long.valueOf(0)
                : attempt.endsAt().map(end -> now.isBefore(end) ? Duration.between(now, end).toSeconds() : 0L).orElse(null);
        return new AttemptClockView(attempt.id(), attempt.endsAt().orElse(null), remaining, attempt.submittedAt().orElse(null));
    }

    @Override
    public SavedAnswer save(long attemptId, Account pupil, int slot, AnswerInput answer) {
        Instant now = Instant.now();
        String response = QuestionJson.response(new Response(answer.response()));
        if (attempts.save(attemptId, pupil.id(), slot, response, answer.baseVersion(), answer.saveId(), now)) {
            return new SavedAnswer(AnswerSave.APPLIED, slot, answer.baseVersion() + 1, new Response(answer.response()).values());
        }
        QuizAttempt attempt = own(attemptId, pupil);
        if (!attempt.takesAnswersAt(now)) {
            throw QuizException.conflict("attempt_over");
        }
        AnswerRow current = attempts.answer(attemptId, slot).orElseThrow(QuizException::notFound);
        SavedAnswer held = new SavedAnswer(AnswerSave.REPEATED, slot, current.version(), QuestionJson.response(current.response()).values());
        return switch (AnswerSave.decide(current.version(), current.lastSaveId(), answer.baseVersion(), answer.saveId())) {
            case REPEATED -> held;
            case CONFLICT, APPLIED -> throw new AnswerConflictException(held); // APPLIED here: another save came between
        };
    }

    @Override
    public AttemptReview submit(long attemptId, Account pupil) {
        own(attemptId, pupil);
        QuizAttempt attempt = attempts.locked(attemptId).orElseThrow(QuizException::notFound);
        if (attempts.markSubmitted(attemptId, Instant.now(), QuizAttempt.BY_PUPIL)) {
            attempts.refresh(attempt);
            scoring.score(attempt);
        }
        return review(attemptId, pupil);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public AttemptReview review(long attemptId, Account reader) {
        QuizAttempt attempt = attempts.attempt(attemptId).filter(a -> !a.prepared()).orElseThrow(QuizException::notFound);
        Quiz quiz = quizzes.quiz(attempt.quizId()).orElseThrow();
        Set<ReviewPolicy.Part> shown;
        if (attempt.pupilId() == reader.id()) {
            shown = QuestionJson.reviewPolicy(quiz.reviewPolicy()).visible(attempt.submittedAt(), Optional.ofNullable(quiz.closesAt()), Instant.now());
        } else if (audiences.teaches(quiz, reader)) {
            shown = EnumSet.allOf(ReviewPolicy.Part.class);
        } else {
            throw QuizException.notFound();
        }
        List<AnswerRow> rows = attempts.answers(attemptId);
        return AttemptViews.review(attempt, quiz, rows, questionsOf(rows), shown);
    }

    @Override
    public int submitOverdue(Instant now) {
        int submitted = 0;
        for (long id : attempts.overdue(now, 200)) {
            QuizAttempt attempt = attempts.locked(id).orElseThrow();
            if (attempts.markSubmitted(id, now, QuizAttempt.BY_SERVER)) {
                attempts.refresh(attempt);
                scoring.score(attempt);
                submitted++;
            }
        }
        return submitted;
    }

    private AttemptView taking(QuizAttempt attempt, Quiz quiz, Instant now) {
        List<AnswerRow> rows = attempts.answers(attempt.id());
        return AttemptViews.taking(attempt, quiz, rows, questionsOf(rows), now);
    }

    private Map<Long, StoredQuestion> questionsOf(List<AnswerRow> rows) {
        Map<Long, StoredQuestion> byId = new HashMap<>();
        bank.questions(rows.stream().map(AnswerRow::questionId).distinct().toList()).forEach(q -> byId.put(q.id(), q));
        return byId;
    }

    /** The pupil's own started attempt; anyone else's (and a prepared one, whose questions wait for the start) does not exist for them. */
    private QuizAttempt own(long attemptId, Account pupil) {
        return attempts.attempt(attemptId).filter(a -> a.pupilId() == pupil.id() && !a.prepared()).orElseThrow(QuizException::notFound);
    }
}
