package vn.hoclieu.web.quiz.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.Part;
import jakarta.validation.ConstraintViolationException;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.core.quiz.BankCategory;
import vn.hoclieu.core.quiz.BankQuestion;
import vn.hoclieu.core.quiz.CategoryInput;
import vn.hoclieu.core.quiz.QtiReport;
import vn.hoclieu.core.quiz.QuestionBankService;
import vn.hoclieu.core.quiz.QuestionInput;
import vn.hoclieu.core.quiz.QuizException;
import vn.hoclieu.core.quiz.model.Choice;
import vn.hoclieu.core.quiz.model.QuestionType;
import vn.hoclieu.core.school.SchoolService;
import vn.hoclieu.core.school.SubjectInfo;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.i18n.PageMessages;
import vn.hoclieu.web.material.view.ContributorPage;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A teacher's question bank (app/question-bank.xhtml?category=): their categories, the questions
 * of one, a small form for the simple types (single, multiple, true/false, short text, numeric)
 * and a QTI 2.1 import with its report of what was left out.
 */
@Named
@ViewScoped
public class QuestionBankView implements Serializable {

    /** The types the small form writes; the others come from QTI packages. */
    private static final List<QuestionType> FORM_TYPES = List.of(QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_RESPONSE,
            QuestionType.TRUE_FALSE, QuestionType.SHORT_TEXT, QuestionType.NUMERIC);
    private static final int OPTIONS = 4;

    @Inject
    QuestionBankService bank;

    @Inject
    SchoolService schools;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private long category;
    private transient List<BankCategory> categories;
    private transient List<BankQuestion> questions;
    private transient QtiReport report;
    private transient Part upload;

    private String categoryName;
    private String subjectCode;
    private int grade = 1;

    private QuestionType type = QuestionType.SINGLE_CHOICE;
    private String title;
    private String stem;
    /** Repository media inserted with the picker, after the stem and after each option (markup made by the server). */
    private String stemMedia = "";
    private final List<String> optionMedia = new ArrayList<>(Collections.nCopies(OPTIONS, ""));
    /** The picker: a material's id or the address of its page, and where it goes (-1 the stem, 0–3 an option). */
    private String mediaMaterial;
    private int mediaPlace = -1;
    private final List<String> options = new ArrayList<>(Arrays.asList(new String[OPTIONS]));
    private final List<Boolean> correct = new ArrayList<>(Arrays.asList(new Boolean[OPTIONS]));
    private boolean trueIsRight = true;
    private String accepted;
    private BigDecimal value;
    private BigDecimal tolerance = BigDecimal.ZERO;
    private BigDecimal points = BigDecimal.ONE;
    private int difficulty = 2;
    /** The question the form corrects (null: the form adds a new one), the version it was read at and its tags. */
    private Long editing;
    private long editingVersion;
    private List<String> editingTags = List.of();

    public void open() {
        if (!currentUser.required().has(Role.TEACHER)) {
            ContributorPage.refuse(404);
            return;
        }
        load();
    }

    private void load() {
        Account me = currentUser.required();
        categories = bank.categories(me);
        questions = category > 0 ? bank.questions(category, me) : List.of();
    }

    public String createCategory() {
        try {
            BankCategory made = bank.createCategory(currentUser.required(), new CategoryInput(categoryName, subjectCode, grade));
            messages.info("quiz.bank.categoryCreated");
            messages.acrossRedirect();
            return "/app/question-bank.xhtml?faces-redirect=true&category=" + made.id();
        } catch (ConstraintViolationException | QuizException refused) {
            return refused(refused);
        }
    }

    public String addQuestion() {
        try {
            bank.create(currentUser.required(), new QuestionInput(category, title, type, FormQuestion.html(stem, stemMedia), choices(), List.of(),
                    List.of(), key(), points, difficulty, List.of(), 0));
        } catch (ConstraintViolationException | QuizException refused) {
            return refused(refused);
        }
        messages.info("quiz.bank.questionAdded");
        return again();
    }

    /** Whether the small form can hold the question without losing anything (and the teacher owns it). */
    public boolean editable(BankQuestion q) {
        return q.ownerId() == currentUser.required().id() && FormQuestion.of(q, OPTIONS).isPresent();
    }

    /** Fills the form with the question, to correct it; saving makes a new version and regrades handed-in attempts. */
    public void edit(long questionId) {
        try {
            BankQuestion q = bank.question(questionId, currentUser.required());
            FormQuestion form = FormQuestion.of(q, OPTIONS).filter(f -> editable(q)).orElseThrow(QuizException::forbidden);
            editing = q.id();
            editingVersion = q.version();
            editingTags = q.tags();
            type = form.type();
            title = form.title();
            stem = form.stem();
            stemMedia = form.stemMedia();
            Collections.copy(options, form.options());
            Collections.copy(optionMedia, form.optionMedia());
            Collections.copy(correct, form.correct());
            trueIsRight = form.trueIsRight();
            accepted = form.accepted();
            value = form.value();
            tolerance = form.tolerance();
            points = form.points();
            difficulty = form.difficulty();
        } catch (QuizException refused) {
            refused(refused);
        }
    }

    public String updateQuestion() {
        try {
            bank.update(editing, currentUser.required(), new QuestionInput(category, title, type, FormQuestion.html(stem, stemMedia),
                    choices(), List.of(), List.of(), key(), points, difficulty, editingTags, editingVersion));
        } catch (ConstraintViolationException | QuizException refused) {
            return refused(refused);
        }
        messages.info("quiz.bank.updated");
        return again();
    }

    public String cancelEdit() {
        return again();
    }

    public String importQti() {
        if (upload == null || upload.getSize() == 0) {
            messages.errorAt(null, "file.empty");
            return null;
        }
        try (InputStream in = upload.getInputStream()) {
            report = bank.importQti(category, currentUser.required(), upload.getSubmittedFileName(), in);
        } catch (QuizException refused) {
            return refused(refused);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        questions = bank.questions(category, currentUser.required());
        return null; // stay: the report is shown on this page
    }

    /** The options the teacher filled in, with ids a, b, c, d (the key refers to them). */
    private List<Choice> choices() {
        if (type != QuestionType.SINGLE_CHOICE && type != QuestionType.MULTIPLE_RESPONSE) {
            return List.of();
        }
        return IntStream.range(0, OPTIONS).filter(this::filled)
                .mapToObj(i -> new Choice(FormQuestion.id(i), FormQuestion.html(options.get(i), optionMedia.get(i)))).toList();
    }

    private JsonObject key() {
        JsonObjectBuilder key = Json.createObjectBuilder().add("type", type.name());
        List<String> right = IntStream.range(0, OPTIONS).filter(i -> filled(i) && Boolean.TRUE.equals(correct.get(i)))
                .mapToObj(FormQuestion::id).toList();
        switch (type) {
            case SINGLE_CHOICE -> key.add("correct", right.isEmpty() ? "" : right.getFirst());
            case MULTIPLE_RESPONSE -> key.add("correct", Json.createArrayBuilder(right)).add("partialCredit", true);
            case TRUE_FALSE -> key.add("correct", trueIsRight);
            case SHORT_TEXT -> key.add("accepted", Json.createArrayBuilder(accepted == null ? List.of()
                    : accepted.lines().map(String::strip).filter(l -> !l.isEmpty()).toList())).add("caseSensitive", false).add("ignoreDiacritics", false);
            case NUMERIC -> key.add("value", value == null ? BigDecimal.ZERO : value).add("tolerance", tolerance == null ? BigDecimal.ZERO : tolerance);
            default -> throw QuizException.invalid("invalid_key");
        }
        return key.build();
    }

    /** An option with text or a picture (a picture alone is an option too). */
    private boolean filled(int option) {
        return filled(options.get(option)) || !optionMedia.get(option).isEmpty();
    }

    /**
     * "Chèn từ kho học liệu": the published material's image, audio or video goes after the stem or
     * an option; the question is saved with it when the form is. A material pupils could not load
     * (a draft, one in review, a private one) is refused with the reason.
     */
    public void insertMedia() {
        Long materialId = MaterialReference.id(mediaMaterial);
        if (materialId == null) {
            messages.errorAt(null, "quiz.media.materialId");
            return;
        }
        try {
            String markup = bank.mediaMarkup(materialId, currentUser.required());
            if (mediaPlace < 0 || mediaPlace >= OPTIONS) {
                stemMedia += markup;
            } else {
                optionMedia.set(mediaPlace, optionMedia.get(mediaPlace) + markup);
            }
            mediaMaterial = null;
        } catch (QuizException refused) {
            refused(refused);
        }
    }

    /** Takes the inserted media off the stem (-1) or an option. */
    public void removeMedia(int place) {
        if (place < 0) {
            stemMedia = "";
        } else {
            optionMedia.set(place, "");
        }
    }

    private static boolean filled(String s) {
        return s != null && !s.isBlank();
    }

    private String refused(RuntimeException refused) {
        switch (refused) {
            case ConstraintViolationException invalid -> invalid.getConstraintViolations().stream().map(v -> v.getMessage()).distinct()
                    .forEach(m -> messages.errorAt(null, "classroom.invalid", m));
            case QuizException quiz -> messages.errorAt(null, "quiz.error." + quiz.code());
            default -> messages.errorAt(null, "api.forbidden");
        }
        return null;
    }

    private String again() {
        messages.acrossRedirect();
        return "/app/question-bank.xhtml?faces-redirect=true&category=" + category;
    }

    /** The subjects of every grade, once each (a category is for one subject and one grade). */
    public List<SubjectInfo> getSubjects() {
        Map<String, SubjectInfo> byCode = new LinkedHashMap<>();
        IntStream.rangeClosed(1, 9).forEach(g -> schools.subjectsOf(g).forEach(s -> byCode.putIfAbsent(s.code(), s)));
        return List.copyOf(byCode.values());
    }

    public BankCategory getSelected() {
        return getCategories().stream().filter(c -> c.id() == category).findFirst().orElse(null);
    }

    public List<BankCategory> getCategories() {
        if (categories == null) {
            load();
        }
        return categories;
    }

    public List<BankQuestion> getQuestions() {
        if (questions == null) {
            load();
        }
        return questions;
    }

    public List<QuestionType> getTypes() { return FORM_TYPES; }
    public List<Integer> getGrades() { return IntStream.rangeClosed(1, 9).boxed().toList(); }
    public List<Integer> getOptionIndexes() { return IntStream.range(0, OPTIONS).boxed().toList(); }
    public QtiReport getReport() { return report; }
    public Part getUpload() { return upload; }
    public void setUpload(Part upload) { this.upload = upload; }
    public long getCategory() { return category; }
    public void setCategory(long category) { this.category = category; }
    public String getCategoryName() { return categoryName; }
    public void setCategoryName(String categoryName) { this.categoryName = categoryName; }
    public String getSubjectCode() { return subjectCode; }
    public void setSubjectCode(String subjectCode) { this.subjectCode = subjectCode; }
    public int getGrade() { return grade; }
    public void setGrade(int grade) { this.grade = grade; }
    public QuestionType getType() { return type; }
    public void setType(QuestionType type) { this.type = type; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getStem() { return stem; }
    public void setStem(String stem) { this.stem = stem; }
    public List<String> getOptions() { return options; }
    public String getStemMedia() { return stemMedia; }
    public List<String> getOptionMedia() { return optionMedia; }
    public String getMediaMaterial() { return mediaMaterial; }
    public void setMediaMaterial(String mediaMaterial) { this.mediaMaterial = mediaMaterial; }
    public int getMediaPlace() { return mediaPlace; }
    public void setMediaPlace(int mediaPlace) { this.mediaPlace = mediaPlace; }
    public List<Boolean> getCorrect() { return correct; }
    public boolean isTrueIsRight() { return trueIsRight; }
    public void setTrueIsRight(boolean trueIsRight) { this.trueIsRight = trueIsRight; }
    public String getAccepted() { return accepted; }
    public void setAccepted(String accepted) { this.accepted = accepted; }
    public BigDecimal getValue() { return value; }
    public void setValue(BigDecimal value) { this.value = value; }
    public BigDecimal getTolerance() { return tolerance; }
    public void setTolerance(BigDecimal tolerance) { this.tolerance = tolerance; }
    public BigDecimal getPoints() { return points; }
    public void setPoints(BigDecimal points) { this.points = points; }
    public Long getEditing() { return editing; }
    public int getDifficulty() { return difficulty; }
    public void setDifficulty(int difficulty) { this.difficulty = difficulty; }
}
