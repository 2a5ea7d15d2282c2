package vn.hoclieu.core.quiz.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.transaction.Transactional;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.core.quiz.BankCategory;
import vn.hoclieu.core.quiz.BankQuestion;
import vn.hoclieu.core.quiz.CategoryInput;
import vn.hoclieu.content.material.MaterialStatus;
import vn.hoclieu.core.quiz.QtiImport;
import vn.hoclieu.core.quiz.QtiPackage;
import vn.hoclieu.core.quiz.QtiReport;
import vn.hoclieu.core.quiz.QuestionBankService;
import vn.hoclieu.core.quiz.QuestionInput;
import vn.hoclieu.core.quiz.QuestionSetPreview;
import vn.hoclieu.core.quiz.QuizException;
import vn.hoclieu.core.quiz.Sharing;
import vn.hoclieu.core.quiz.model.AnswerKey;
import vn.hoclieu.core.quiz.model.Question;
import vn.hoclieu.core.quiz.model.QuestionCategory;
import vn.hoclieu.core.quiz.model.SetSummary;
import vn.hoclieu.core.quiz.model.StoredQuestion;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

@ApplicationScoped
@Transactional
public class DefaultQuestionBankService implements QuestionBankService {

    @Inject
    QuestionBankRepository bank;

    @Inject
    AttemptScoring scoring;

    @Inject
    QuestionMedia media;

    @Inject
    QuestionSetCarrier carrier;

    @Inject
    SharedSets sharedSets;

    @Override
    public BankCategory createCategory(Account teacher, CategoryInput input) {
        requireTeacher(teacher);
        long subject = bank.subjectId(input.subjectCode()).orElseThrow(() -> QuizException.invalid("unknown_subject"));
        QuestionCategory category = new QuestionCategory(teacher.id(), subject, input.grade(), input.name().strip());
        bank.add(category);
        return shown(category, 0);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BankCategory> sharedCategories(Account teacher) {
        requireTeacher(teacher);
        List<QuestionCategory> shared = bank.carriedForTeacher(teacher.id()).stream().filter(carrier::published).toList();
        Map<Long, Long> counts = bank.counts(shared.stream().map(QuestionCategory::id).toList());
        return shared.stream().map(c -> new BankCategory(c.id(), c.ownerId(), c.subjectId(), c.grade(), c.name(), counts.getOrDefault(c.id(), 0L),
                c.carrierMaterialId(), null, true)).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public BankCategory category(long categoryId, Account owner) {
        QuestionCategory category = ownCategory(categoryId, owner);
        return shown(category, bank.counts(List.of(category.id())).getOrDefault(category.id(), 0L));
    }

    @Override
    public BankCategory submitSet(long categoryId, Account owner, String previewUrl, String note) {
        QuestionCategory category = ownCategory(categoryId, owner);
        List<StoredQuestion> questions = bank.inCategory(category.id());
        if (questions.isEmpty()) {
            throw QuizException.conflict("empty_set");
        }
        String summary = SetSummary.of(questions.stream().map(q -> new SetSummary.Item(q.type(), q.difficulty(), tagList(q.tags()))).toList());
        category.carriedBy(carrier.submit(category, bank.subjectCode(category.subjectId()), summary, owner, previewUrl, note));
        return shown(category, questions.size());
    }

    @Override
    public BankCategory withdrawSet(long categoryId, Account owner, String reason) {
        QuestionCategory category = ownCategory(categoryId, owner);
        carrier.withdraw(category, owner, reason);
        return category(categoryId, owner);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public QuestionSetPreview preview(long categoryId, Account reader) {
        QuestionCategory category = bank.category(categoryId).orElseThrow(QuizException::notFound);
        boolean shared = carrier.published(category);
        boolean mayRead = category.ownerId() == reader.id() || carrier.reviews(category, reader)
                || shared && reader.has(Role.TEACHER) && bank.teachesSubject(reader.id(), category.subjectId());
        if (!mayRead) {
            throw QuizException.forbidden();
        }
        MaterialStatus status = carrier.status(category);
        return new QuestionSetPreview(category.id(), category.name(), bank.subjectCode(category.subjectId()), category.grade(), category.ownerId(),
                status == null ? null : status.name(), shared, bank.inCategory(category.id()).stream().map(q -> shown(q, shared)).toList());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BankCategory> categories(Account teacher) {
        requireTeacher(teacher);
        List<QuestionCategory> categories = bank.categoriesOf(teacher.id());
        Map<Long, Long> counts = bank.counts(categories.stream().map(QuestionCategory::id).toList());
        return categories.stream().map(c -> shown(c, counts.getOrDefault(c.id(), 0L))).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BankQuestion> questions(long categoryId, Account teacher) {
        QuestionCategory category = bank.category(categoryId).orElseThrow(QuizException::notFound);
        boolean shared = carrier.published(category);
        return visibleIn(category, teacher).stream().map(q -> shown(q, shared)).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public QtiPackage exportQti(long categoryId, Account teacher) {
        requireTeacher(teacher);
        QuestionCategory category = bank.category(categoryId).orElseThrow(QuizException::notFound);
        QtiMediaFiles carried = new QtiMediaFiles(media::packaged);
        List<Question> questions = visibleIn(category, teacher).stream().map(DefaultQuestionBankService::qti).map(carried::packaged).toList();
        return QtiPackage.named(category.name(), QtiPackageWriter.questions(questions, carried.files()));
    }

    /** The category's questions for its owner, or for a teacher of its subject once the set is shared; else "not found". */
    private List<StoredQuestion> visibleIn(QuestionCategory category, Account teacher) {
        requireTeacher(teacher);
        sharedSets.usable(category.id(), teacher);
        return bank.inCategory(category.id());
    }

    /** A stored question as the QTI writer takes it; its item identifier is {@code q<id>}. */
    static Question qti(StoredQuestion q) {
        QuestionJson.Options options = QuestionJson.options(q.options());
        return new Question("q" + q.id(), q.title(), q.type(), q.stem(), options.choices(), options.targets(), options.gapChoices(),
                QuestionJson.key(q.answerKey()), q.points(), List.of(), q.difficulty(), tagList(q.tags()));
    }

    private static List<String> tagList(String tags) {
        return tags.isEmpty() ? List.of() : Arrays.asList(tags.split(","));
    }

    /** Tags as stored (comma-separated, at most 500 characters: an import keeps the tags that fit). */
    private static String tags(List<String> tags) {
        StringBuilder kept = new StringBuilder();
        for (String tag : tags) {
            if (kept.length() + tag.length() + 1 <= 500) {
                kept.append(kept.isEmpty() ? "" : ",").append(tag);
            }
        }
        return kept.toString();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BankQuestion> shared(String subjectCode, int grade, Account teacher) {
        requireTeacher(teacher);
        long subjectId = bank.subjectId(subjectCode).orElseThrow(() -> QuizException.invalid("unknown_subject"));
        if (!bank.teachesSubject(teacher.id(), subjectId)) {
            throw QuizException.forbidden();
        }
        List<Long> shared = bank.carried(subjectId, grade).stream().filter(carrier::published).map(QuestionCategory::id).toList();
        return bank.inCategories(shared, 500).stream().map(q -> shown(q, true)).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public BankQuestion question(long questionId, Account teacher) {
        StoredQuestion question = visible(questionId, teacher);
        return shown(question, carrier.published(bank.category(question.categoryId()).orElseThrow()));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public String mediaMarkup(long materialId, Account teacher) {
        requireTeacher(teacher);
        return media.markupFor(materialId);
    }

    @Override
    public BankQuestion create(Account teacher, QuestionInput input) {
        QuestionCategory category = changeableCategory(input.categoryId(), teacher);
        media.requirePublished(markupOf(input));
        StoredQuestion question = new StoredQuestion(category.id(), teacher.id(), null);
        write(question, input);
        bank.add(question);
        return shown(question, false);
    }

    @Override
    public BankQuestion update(long questionId, Account teacher, QuestionInput input) {
        StoredQuestion question = own(questionId, teacher);
        if (question.version() != input.version()) {
            throw QuizException.conflict("stale_version");
        }
        media.requirePublished(markupOf(input));
        String keyBefore = question.answerKey();
        changeableCategory(question.categoryId(), teacher);
        question.moveTo(changeableCategory(input.categoryId(), teacher).id());
        write(question, input);
        bank.add(question); // flush: the new version, for the answer
        if (!keyBefore.equals(question.answerKey())) {
            scoring.regrade(questionId);
        }
        return shown(question, false);
    }

    @Override
    public int regrade(long questionId, Account teacher) {
        own(questionId, teacher);
        return scoring.regrade(questionId);
    }

    @Override
    public QtiReport importQti(long categoryId, Account teacher, String fileName, InputStream content) throws IOException {
        QuestionCategory category = changeableCategory(categoryId, teacher);
        byte[] bytes = content.readNBytes((int) MAX_QTI_BYTES + 1);
        if (bytes.length > MAX_QTI_BYTES) {
            throw QuizException.invalid("qti_too_large");
        }
        boolean zip = bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K';
        QtiImport read = zip ? QtiPackageReader.readPackage(new java.io.ByteArrayInputStream(bytes))
                : QtiPackageReader.readItem(fileName == null ? "item.xml" : fileName, bytes);
        List<Long> ids = new ArrayList<>();
        for (Question q : read.questions()) {
            StoredQuestion stored = new StoredQuestion(category.id(), teacher.id(), q.sourceId());
            stored.write(q.type(), title(q), QuestionText.sanitize(q.stem()), QuestionJson.options(new QuestionJson.Options(
                            QuestionText.sanitize(q.choices()), QuestionText.sanitize(q.targets()),
                            q.gapChoices().stream().map(QuestionText::sanitize).toList())),
                    QuestionJson.key(q.key()), q.points() == null || q.points().signum() <= 0 ? BigDecimal.ONE : q.points(), q.difficulty(),
                    tags(q.tags()));
            bank.add(stored);
            ids.add(stored.id());
        }
        return new QtiReport(ids.size(), ids, read.problems());
    }

    private static String title(Question q) {
        String title = q.title() == null || q.title().isBlank() ? Objects.toString(q.sourceId(), "QTI") : q.title().strip();
        return title.length() > 300 ? title.substring(0, 300) : title;
    }

    private static void write(StoredQuestion question, QuestionInput input) {
        AnswerKey key;
        try {
            key = QuestionJson.key(input.key());
        } catch (JsonException | ClassCastException | NullPointerException | IllegalArgumentException e) {
            throw QuizException.invalid("invalid_key");
        }
        if (key.type() != input.type()) {
            throw QuizException.invalid("invalid_key");
        }
        String options = QuestionJson.options(new QuestionJson.Options(QuestionText.sanitize(orEmpty(input.choices())),
                QuestionText.sanitize(orEmpty(input.targets())), input.gapChoices() == null ? List.of()
                        : input.gapChoices().stream().map(DefaultQuestionBankService::orEmpty).map(QuestionText::sanitize).toList()));
        String tags = String.join(",", input.tags() == null ? List.of() : input.tags().stream().map(String::strip).filter(t -> !t.isEmpty()).toList());
        if (tags.length() > 500) {
            throw QuizException.invalid("tags_too_long");
        }
        question.write(input.type(), input.title().strip(), QuestionText.sanitize(input.stem()), options, QuestionJson.key(key), input.points(), input.difficulty(), tags);
    }

    /** Every piece of HTML of the input: stem, options, targets, gap options. */
    private static List<String> markupOf(QuestionInput input) {
        List<String> html = new ArrayList<>();
        html.add(input.stem());
        orEmpty(input.choices()).forEach(c -> html.add(c.html()));
        orEmpty(input.targets()).forEach(c -> html.add(c.html()));
        orEmpty(input.gapChoices()).forEach(g -> orEmpty(g).forEach(c -> html.add(c.html())));
        return html;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }

    private QuestionCategory ownCategory(Long categoryId, Account teacher) {
        requireTeacher(teacher);
        QuestionCategory category = bank.category(categoryId).orElseThrow(QuizException::notFound);
        if (category.ownerId() != teacher.id()) {
            throw QuizException.forbidden();
        }
        return category;
    }

    /** The teacher's category, while its questions may change (not in review nor shared: {@code set_locked}). */
    private QuestionCategory changeableCategory(Long categoryId, Account teacher) {
        QuestionCategory category = ownCategory(categoryId, teacher);
        carrier.requireChangeable(category);
        return category;
    }

    private StoredQuestion own(long questionId, Account teacher) {
        StoredQuestion question = visible(questionId, teacher);
        if (question.ownerId() != teacher.id()) {
            throw QuizException.forbidden();
        }
        return question;
    }

    /** The owner's question, or one of a shared set of a subject the teacher teaches; anything else is "not found". */
    StoredQuestion visible(long questionId, Account teacher) {
        requireTeacher(teacher);
        StoredQuestion question = bank.question(questionId).orElseThrow(QuizException::notFound);
        if (question.ownerId() != teacher.id()) {
            sharedSets.usable(question.categoryId(), teacher);
        }
        return question;
    }

    private static void requireTeacher(Account person) {
        if (!person.has(Role.TEACHER)) {
            throw QuizException.forbidden();
        }
    }

    private BankCategory shown(QuestionCategory c, long questions) {
        MaterialStatus status = carrier.status(c);
        return new BankCategory(c.id(), c.ownerId(), c.subjectId(), c.grade(), c.name(), questions, c.carrierMaterialId(),
                status == null ? null : status.name(), carrier.published(c));
    }

    static BankQuestion shown(StoredQuestion q, boolean shared) {
        QuestionJson.Options options = QuestionJson.options(q.options());
        List<String> tags = tagList(q.tags());
        return new BankQuestion(q.id(), q.categoryId(), q.ownerId(), q.type(), q.title(), q.stem(), options.choices(), options.targets(),
                options.gapChoices(), QuestionJson.keyJson(QuestionJson.key(q.answerKey())), q.points(), q.difficulty(), tags,
                shared ? Sharing.SHARED : Sharing.PRIVATE, q.version());
    }
}
