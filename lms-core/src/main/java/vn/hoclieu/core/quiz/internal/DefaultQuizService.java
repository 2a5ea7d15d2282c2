package vn.hoclieu.core.quiz.internal;

import vn.hoclieu.core.VietnamTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.account.AccountService;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.core.quiz.GradingItem;
import vn.hoclieu.core.quiz.ItemReport;
import vn.hoclieu.core.quiz.PupilResult;
import vn.hoclieu.core.quiz.QtiPackage;
import vn.hoclieu.core.quiz.QuizDetails;
import vn.hoclieu.core.quiz.QuizException;
import vn.hoclieu.core.quiz.QuizInput;
import vn.hoclieu.core.quiz.QuizResultsWorkbook;
import vn.hoclieu.core.quiz.QuizService;
import vn.hoclieu.core.quiz.SlotInput;
import vn.hoclieu.core.quiz.model.GradingMethod;
import vn.hoclieu.core.quiz.model.Question;
import vn.hoclieu.core.quiz.model.QuestionDraw;
import vn.hoclieu.core.quiz.model.Quiz;
import vn.hoclieu.core.quiz.model.QuizAttempt;
import vn.hoclieu.core.quiz.model.ReviewPolicy;
import vn.hoclieu.core.quiz.model.StoredQuestion;
import vn.hoclieu.core.school.ClassSummary;
import vn.hoclieu.core.school.SchoolService;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

@ApplicationScoped
@Transactional
public class DefaultQuizService implements QuizService {

    /** Teachers type times in Vietnam time; instants are stored. */
    static final ZoneId VIETNAM = VietnamTime.ZONE;

    @Inject
    QuizRepository quizzes;

    @Inject
    QuestionBankRepository bank;

    @Inject
    AttemptRepository attempts;

    @Inject
    AttemptScoring scoring;

    @Inject
    QuestionMedia media;

    @Inject
    DefaultQuestionBankService questions;

    @Inject
    SharedSets sharedSets;

    @Inject
    SchoolService schools;

    @Inject
    AccountService accounts;

    @Inject
    QuizAudiences audiences;

    @Override
    public QuizDetails create(long classId, Account teacher, QuizInput input) {
        requireTeacher(classId, teacher);
        return add(new Quiz(classId, subject(input), teacher.id()), teacher, input);
    }

    @Override
    public QuizDetails createInCourse(long courseId, Account author, QuizInput input) {
        if (!audiences.authors(courseId, author)) {
            throw QuizException.forbidden();
        }
        return add(Quiz.ofCourse(courseId, subject(input), author.id()), author, input);
    }

    private long subject(QuizInput input) {
        return bank.subjectId(input.subjectCode()).orElseThrow(() -> QuizException.invalid("unknown_subject"));
    }

    private QuizDetails add(Quiz quiz, Account teacher, QuizInput input) {
        if (input.opensAt() != null && input.closesAt() != null && !input.closesAt().isAfter(input.opensAt())) {
            throw QuizException.invalid("closes_before_opening");
        }
        List<SlotRow> slots = slots(input.slots(), teacher);
        write(quiz, input);
        quizzes.add(quiz, slots);
        return details(quiz, slots, true);
    }

    @Override
    public QuizDetails update(long quizId, Account teacher, QuizInput input) {
        Quiz quiz = quizzes.locked(quizId).orElseThrow(QuizException::notFound);
        if (!teaches(quiz, teacher)) {
            throw QuizException.forbidden();
        }
        long subject = bank.subjectId(input.subjectCode()).orElseThrow(() -> QuizException.invalid("unknown_subject"));
        if (input.opensAt() != null && input.closesAt() != null && !input.closesAt().isAfter(input.opensAt())) {
            throw QuizException.invalid("closes_before_opening");
        }
        List<SlotRow> slots = quizzes.slots(quizId);
        if (quizzes.hasAttempts(quizId)) {
            if (!QuizEdit.keepsWhatAttemptsDependOn(quiz, slots, subject, input)) {
                throw QuizException.conflict("quiz_attempted");
            }
        } else {
            slots = slots(input.slots(), teacher);
            quizzes.replaceSlots(quizId, slots);
            quiz.changeSubject(subject);
            attempts.discardPrepared(quizId); // drawn from the old slots; a start prepares anew
        }
        write(quiz, input);
        return details(quiz, slots, true);
    }

    /** Everything but the subject and slots, as the teacher typed it (times in Vietnam time). */
    private static void write(Quiz quiz, QuizInput input) {
        ReviewPolicy review = input.review() == null || input.review().isEmpty() ? ReviewPolicy.defaults() : review(input.review());
        quiz.set(input.title().strip(), input.intro() == null ? "" : input.intro().strip(),
                input.opensAt() == null ? null : input.opensAt().atZone(VIETNAM).toInstant(),
                input.closesAt() == null ? null : input.closesAt().atZone(VIETNAM).toInstant(),
                input.timeLimitMinutes() == null ? null : input.timeLimitMinutes() * 60, input.attemptsAllowed(),
                input.gradingMethod() == null ? GradingMethod.HIGHEST : input.gradingMethod(), input.shuffleQuestions(), input.shuffleOptions(),
                QuestionJson.reviewPolicy(review), input.published());
    }

    private static ReviewPolicy review(Map<String, Set<ReviewPolicy.Part>> shown) {
        Map<ReviewPolicy.Moment, Set<ReviewPolicy.Part>> byMoment = new java.util.EnumMap<>(ReviewPolicy.Moment.class);
        shown.forEach((moment, parts) -> {
            try {
                byMoment.put(ReviewPolicy.Moment.valueOf(moment), parts == null ? Set.of() : parts.stream().filter(p -> p != null).collect(Collectors.toSet()));
            } catch (IllegalArgumentException e) {
                throw QuizException.invalid("invalid_review");
            }
        });
        return new ReviewPolicy(byMoment);
    }

    /** Checks each slot against the bank (the teacher may use the question or category; enough to draw). */
    private List<SlotRow> slots(List<SlotInput> input, Account teacher) {
        List<SlotRow> slots = new ArrayList<>();
        Set<Long> fixed = new HashSet<>();
        for (SlotInput s : input) {
            if ((s.questionId() == null) == (s.categoryId() == null) || s.drawn() < 1 || s.drawn() > 100) {
                throw QuizException.invalid("invalid_slot");
            }
            if (s.questionId() != null) {
                questions.visible(s.questionId(), teacher);
                if (!fixed.add(s.questionId())) {
                    throw QuizException.invalid("duplicate_question");
                }
            } else {
                sharedSets.usable(s.categoryId(), teacher);
            }
            slots.add(new SlotRow(slots.size() + 1, s.questionId(), s.categoryId(), s.drawn(), s.points()));
        }
        Map<Long, List<Long>> drawable = sharedSets.drawable(slots.stream().map(SlotRow::categoryId).filter(c -> c != null).toList(), teacher.id());
        try {
            QuestionDraw.draw(QuizSlots.draw(slots, drawable), false, 0);
        } catch (QuestionDraw.NotEnoughQuestionsException e) {
            throw QuizException.invalid("not_enough_questions");
        }
        return slots;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QuizDetails> quizzesOf(long classId, Account reader) {
        boolean teacher = teaches(classId, reader);
        if (!teacher && !(reader.has(Role.STUDENT) && quizzes.isPupilOf(reader.id(), classId))) {
            throw QuizException.forbidden();
        }
        return quizzes.quizzesOf(classId).stream().filter(q -> teacher || q.published())
                .map(q -> details(q, quizzes.slots(q.id()), teacher)).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public QuizDetails quiz(long quizId, Account reader) {
        Quiz quiz = quizzes.quiz(quizId).orElseThrow(QuizException::notFound);
        boolean teacher = teaches(quiz, reader);
        if (!teacher && !(quiz.published() && audiences.takes(quiz, reader))) {
            throw QuizException.notFound();
        }
        return details(quiz, quizzes.slots(quizId), teacher);
    }

    @Override
    public QuizDetails publish(long quizId, Account teacher) {
        Quiz quiz = taught(quizId, teacher);
        quiz.publish();
        return details(quiz, quizzes.slots(quizId), true);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PupilResult> results(long quizId, Account teacher) {
        Quiz quiz = taught(quizId, teacher);
        Map<Long, List<QuizAttempt>> byPupil = attempts.attemptsOf(quizId).stream().collect(Collectors.groupingBy(QuizAttempt::pupilId));
        List<Long> pupils = quiz.classId() != null ? quizzes.pupilIdsOf(quiz.classId()) : List.copyOf(byPupil.keySet());
        Map<Long, String> names = accounts.displayNames(pupils);
        return pupils.stream().map(p -> {
            List<QuizAttempt> mine = byPupil.getOrDefault(p, List.of());
            return new PupilResult(p, names.get(p), grade(quiz, mine), mine.stream().map(a -> new PupilResult.Attempt(a.id(), a.number(),
                    a.startedAt(), a.submittedAt().orElse(null), a.submittedBy(), a.score(), a.maxScore(), a.toGrade())).toList());
        }).sorted(Comparator.comparing(PupilResult::name, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public QtiPackage exportQti(long quizId, Account teacher) {
        Quiz quiz = taught(quizId, teacher);
        List<SlotRow> slots = quizzes.slots(quizId);
        Map<Long, List<Long>> drawable = sharedSets.drawable(slots.stream().map(SlotRow::categoryId).filter(c -> c != null).toList(), quiz.teacherId());
        List<QtiPackageWriter.Slot> plan = new ArrayList<>();
        Set<Long> ids = new java.util.LinkedHashSet<>();
        for (SlotRow slot : slots) {
            List<Long> inSlot = slot.questionId() != null ? List.of(slot.questionId()) : drawable.getOrDefault(slot.categoryId(), List.of());
            ids.addAll(inSlot);
            List<String> items = inSlot.stream().map(id -> "q" + id).toList();
            plan.add(slot.questionId() != null ? QtiPackageWriter.Slot.fixed(items.getFirst(), slot.points())
                    : new QtiPackageWriter.Slot(items, slot.count(), slot.points()));
        }
        QtiMediaFiles carried = new QtiMediaFiles(media::packaged);
        List<Question> items = bank.questions(ids).stream().sorted(Comparator.comparing(StoredQuestion::id))
                .map(DefaultQuestionBankService::qti).map(carried::packaged).toList();
        return QtiPackage.named(quiz.title(), QtiPackageWriter.test(items,
                new QtiPackageWriter.TestPlan("quiz" + quiz.id(), quiz.title(), plan), carried.files()));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<GradingItem> gradingQueue(long quizId, Account teacher) {
        taught(quizId, teacher);
        Map<Long, QuizAttempt> finished = attempts.attemptsOf(quizId).stream().filter(a -> a.submittedAt().isPresent())
                .collect(Collectors.toMap(QuizAttempt::id, a -> a));
        List<AnswerRow> essays = attempts.answers(finished.keySet()).stream().filter(AnswerRow::manual).toList();
        Map<Long, StoredQuestion> questionsById = bank.questions(essays.stream().map(AnswerRow::questionId).distinct().toList())
                .stream().collect(Collectors.toMap(StoredQuestion::id, q -> q));
        Map<Long, String> names = accounts.displayNames(finished.values().stream().map(QuizAttempt::pupilId).collect(Collectors.toSet()));
        return essays.stream().sorted(Comparator.comparing((AnswerRow r) -> r.score() != null).thenComparing(AnswerRow::attemptId))
                .map(r -> item(r, finished.get(r.attemptId()), questionsById.get(r.questionId()), names)).toList();
    }

    @Override
    public GradingItem grade(long attemptId, int slot, Account teacher, BigDecimal points) {
        QuizAttempt attempt = attempts.locked(attemptId).orElseThrow(QuizException::notFound);
        taught(attempt.quizId(), teacher);
        AnswerRow row = attempts.answer(attemptId, slot).orElseThrow(QuizException::notFound);
        if (attempt.submittedAt().isEmpty() || !row.manual()) {
            throw QuizException.invalid("not_to_grade");
        }
        if (points == null || points.signum() < 0 || points.compareTo(row.points()) > 0) {
            throw QuizException.invalid("points_range");
        }
        attempts.score(attemptId, slot, points, true, teacher.id());
        scoring.retotal(attempt);
        AnswerRow graded = attempts.answer(attemptId, slot).orElseThrow();
        StoredQuestion question = bank.question(row.questionId()).orElseThrow();
        return item(graded, attempt, question, accounts.displayNames(List.of(attempt.pupilId())));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ItemReport> statistics(long quizId, Account teacher) {
        taught(quizId, teacher);
        Map<Long, QuizAttempt> finished = attempts.attemptsOf(quizId).stream().filter(a -> a.submittedAt().isPresent())
                .collect(Collectors.toMap(QuizAttempt::id, a -> a));
        List<AnswerRow> rows = attempts.answers(finished.keySet());
        Map<Long, StoredQuestion> questionsById = bank.questions(rows.stream().map(AnswerRow::questionId).distinct().toList()).stream()
                .collect(Collectors.toMap(StoredQuestion::id, q -> q));
        return QuizStatistics.of(rows, finished, questionsById);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] resultsWorkbook(long quizId, Account teacher, UnaryOperator<String> text) {
        List<PupilResult> pupils = results(quizId, teacher);
        QuizDetails quiz = quiz(quizId, teacher);
        String className = quiz.classId() == null ? "" : schools.classById(quiz.classId()).map(ClassSummary::name).orElse("");
        return QuizResultsWorkbook.of(quiz, className, pupils, statistics(quizId, teacher), text);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, BigDecimal> grades(long quizId, Set<Long> pupilIds) {
        Quiz quiz = quizzes.quiz(quizId).orElseThrow(QuizException::notFound);
        Map<Long, BigDecimal> grades = new LinkedHashMap<>();
        List<QuizAttempt> relevant = pupilIds.size() == 1 ? attempts.attemptsOf(quizId, pupilIds.iterator().next())
                : attempts.attemptsOf(quizId).stream().filter(a -> pupilIds.contains(a.pupilId())).toList();
        relevant.stream().collect(Collectors.groupingBy(QuizAttempt::pupilId)).forEach((pupil, mine) -> {
            BigDecimal grade = grade(quiz, mine);
            if (grade != null) {
                grades.put(pupil, grade);
            }
        });
        return grades;
    }

    /** The grade on 10 of the fully graded attempts, in the order they were finished; null when there is none. */
    private static BigDecimal grade(Quiz quiz, List<QuizAttempt> attemptsOfPupil) {
        List<BigDecimal> onTen = attemptsOfPupil.stream().filter(a -> a.submittedAt().isPresent() && a.toGrade() == 0 && a.score() != null)
                .sorted(Comparator.comparing(a -> a.submittedAt().orElseThrow()))
                .map(a -> a.maxScore().signum() == 0 ? BigDecimal.ZERO
                        : a.score().multiply(BigDecimal.TEN).divide(a.maxScore(), 2, RoundingMode.HALF_UP)).toList();
        return quiz.gradingMethod().grade(onTen).orElse(null);
    }

    private static GradingItem item(AnswerRow row, QuizAttempt attempt, StoredQuestion q, Map<Long, String> names) {
        String guidance = QuestionJson.key(q.answerKey()) instanceof vn.hoclieu.core.quiz.model.EssayKey e ? e.graderGuidance() : "";
        return new GradingItem(row.attemptId(), attempt.pupilId(), names.get(attempt.pupilId()), row.slot(), q.id(), q.title(), q.stem(),
                guidance, QuestionJson.response(row.response()).values(), row.points(), row.score());
    }

    private QuizDetails details(Quiz q, List<SlotRow> slots, boolean forTeacher) {
        int count = slots.stream().mapToInt(SlotRow::count).sum();
        BigDecimal max = slots.stream().map(s -> s.points().multiply(BigDecimal.valueOf(s.count()))).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<SlotInput> shown = forTeacher ? slots.stream().map(s -> new SlotInput(s.questionId(), s.categoryId(),
                s.questionId() == null ? s.count() : null, s.points())).toList() : List.of();
        return new QuizDetails(q.id(), q.classId(), q.courseId(), q.subjectId(), q.teacherId(), q.title(), q.intro(), q.opensAt(), q.closesAt(),
                q.timeLimitSeconds() == null ? null : q.timeLimitSeconds() / 60, q.attemptsAllowed(), q.gradingMethod(),
                q.shuffleQuestions(), q.shuffleOptions(), byName(QuestionJson.reviewPolicy(q.reviewPolicy()).shown()), shown, count, max, q.published());
    }

    private static Map<String, Set<ReviewPolicy.Part>> byName(Map<ReviewPolicy.Moment, Set<ReviewPolicy.Part>> shown) {
        Map<String, Set<ReviewPolicy.Part>> named = new LinkedHashMap<>();
        for (ReviewPolicy.Moment moment : ReviewPolicy.Moment.values()) {
            named.put(moment.name(), shown.getOrDefault(moment, Set.of()));
        }
        return named;
    }

    private Quiz taught(long quizId, Account teacher) {
        Quiz quiz = quizzes.quiz(quizId).orElseThrow(QuizException::notFound);
        if (!teaches(quiz, teacher)) {
            throw QuizException.forbidden();
        }
        return quiz;
    }

    private void requireTeacher(long classId, Account teacher) {
        if (!teaches(classId, teacher)) {
            throw QuizException.forbidden();
        }
    }

    private boolean teaches(Quiz quiz, Account person) {
        return audiences.teaches(quiz, person);
    }

    private boolean teaches(long classId, Account person) {
        return person.has(Role.TEACHER) && schools.teaches(person.id(), classId);
    }
}
