package vn.hoclieu.web.quiz.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.assignment.AssignmentService;
import vn.hoclieu.core.assignment.SubjectChoice;
import vn.hoclieu.core.classroom.ClassroomService;
import vn.hoclieu.core.quiz.BankCategory;
import vn.hoclieu.core.quiz.BankQuestion;
import vn.hoclieu.core.quiz.QuestionBankService;
import vn.hoclieu.core.VietnamTime;
import vn.hoclieu.core.quiz.QuizDetails;
import vn.hoclieu.core.quiz.QuizException;
import vn.hoclieu.core.quiz.QuizInput;
import vn.hoclieu.core.quiz.QuizService;
import vn.hoclieu.core.quiz.SlotInput;
import vn.hoclieu.core.quiz.model.GradingMethod;
import vn.hoclieu.core.quiz.model.ReviewPolicy;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.i18n.PageMessages;
import vn.hoclieu.web.material.view.ContributorPage;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A teacher sets a quiz for a class (app/quiz-edit.xhtml?classId=) or changes one (?id=): its
 * times in Vietnam time, limits and grading, what pupils may review and when, and its questions
 * from the teacher's bank categories — fixed questions ticked one by one, or N drawn at random from
 * a category. Once pupils have attempted it, only its times, attempts and review stay open (the
 * service refuses the rest); the page then sends the rest as it was.
 */
@Named
@ViewScoped
public class QuizEditView implements Serializable {

    /** A category of the teacher's bank with its questions, as the page lists them. */
    public record CategoryQuestions(BankCategory category, List<BankQuestion> questions) {
    }

    @Inject
    QuizService quizzes;

    @Inject
    QuestionBankService bank;

    @Inject
    AssignmentService assignments;

    @Inject
    ClassroomService classroom;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private long classId;
    /** The quiz being changed (0: a new one) and whether pupils have attempted it. */
    private long id;
    private boolean attempted;
    private transient QuizDetails original;
    private transient List<SubjectChoice> subjects;
    private transient List<CategoryQuestions> categories;

    private String title;
    private String intro;
    private String subjectCode;
    private LocalDateTime opensAt;
    private LocalDateTime closesAt;
    private Integer timeLimitMinutes;
    private int attemptsAllowed = 1;
    private GradingMethod gradingMethod = GradingMethod.HIGHEST;
    private boolean shuffleQuestions;
    private boolean shuffleOptions;
    private boolean published;
    /** "MOMENT.PART" → whether pupils see that part at that moment */
    private final Map<String, Boolean> review = new HashMap<>();
    /** question id → ticked as a fixed question */
    private final Map<Long, Boolean> fixed = new HashMap<>();
    /** category id → how many to draw at random (0: none) */
    private final Map<Long, Integer> drawn = new HashMap<>();
    /** category id → points of each of its questions */
    private final Map<Long, BigDecimal> points = new HashMap<>();

    public void open() {
        Account me = currentUser.required();
        if (id > 0 && !loadQuiz(me)) {
            ContributorPage.refuse(404);
            return;
        }
        if (!classroom.teaches(classId, me)) {
            ContributorPage.refuse(404);
            return;
        }
        load();
        if (id == 0 && review.isEmpty()) {
            ReviewPolicy.defaults().shown().forEach((moment, parts) -> parts.forEach(part -> review.put(moment.name() + "." + part.name(), true)));
        }
    }

    /** The quiz's settings into the form; false when the teacher cannot change it. */
    private boolean loadQuiz(Account me) {
        try {
            original = quizzes.quiz(id, me);
            attempted = quizzes.results(id, me).stream().anyMatch(r -> !r.attempts().isEmpty());
        } catch (QuizException refused) {
            return false;
        }
        classId = original.classId();
        title = original.title();
        intro = original.intro();
        opensAt = original.opensAt() == null ? null : LocalDateTime.ofInstant(original.opensAt(), VietnamTime.ZONE);
        closesAt = original.closesAt() == null ? null : LocalDateTime.ofInstant(original.closesAt(), VietnamTime.ZONE);
        timeLimitMinutes = original.timeLimitMinutes();
        attemptsAllowed = original.attemptsAllowed();
        gradingMethod = original.gradingMethod();
        shuffleQuestions = original.shuffleQuestions();
        shuffleOptions = original.shuffleOptions();
        published = original.published();
        original.review().forEach((moment, parts) -> parts.forEach(part -> review.put(moment + "." + part.name(), true)));
        for (SlotInput slot : original.slots()) {
            if (slot.questionId() != null) {
                fixed.put(slot.questionId(), true);
            } else {
                drawn.put(slot.categoryId(), slot.count());
                points.put(slot.categoryId(), slot.points());
            }
        }
        return true;
    }

    /** A colleague's set shared through review (the page says so beside its name). */
    public boolean colleagues(BankCategory category) {
        return category.ownerId() != currentUser.required().id();
    }

    private void load() {
        Account me = currentUser.required();
        subjects = assignments.subjects(classId, me);
        // her own categories, then colleagues' sets shared through review in the subjects she teaches
        categories = java.util.stream.Stream.concat(bank.categories(me).stream(), bank.sharedCategories(me).stream())
                .map(c -> new CategoryQuestions(c, bank.questions(c.id(), me))).toList();
        if (original != null) { // a fixed question's points are shown as its category's
            categories.forEach(c -> c.questions().stream().flatMap(q -> original.slots().stream()
                    .filter(slot -> Objects.equals(slot.questionId(), q.id()))).findFirst()
                    .ifPresent(slot -> points.putIfAbsent(c.category().id(), slot.points())));
            subjectCode = subjects.stream().filter(s -> s.id() == original.subjectId()).map(SubjectChoice::code).findFirst().orElse(subjectCode);
        }
        categories.forEach(c -> points.putIfAbsent(c.category().id(), BigDecimal.ONE));
    }

    /**
     * The quiz's places as the page's ticks read: each ticked question fixed, then N drawn from its
     * category, all at the category's points (1 when not typed). Also what a course's quiz unit sends.
     */
    public static List<SlotInput> slots(List<CategoryQuestions> categories, Map<Long, Boolean> fixed, Map<Long, Integer> drawn,
                                        Map<Long, BigDecimal> points) {
        List<SlotInput> slots = new ArrayList<>();
        for (CategoryQuestions c : categories) {
            BigDecimal each = points.getOrDefault(c.category().id(), BigDecimal.ONE);
            c.questions().stream().filter(q -> Boolean.TRUE.equals(fixed.get(q.id()))).forEach(q -> slots.add(new SlotInput(q.id(), null, null, each)));
            Integer count = drawn.get(c.category().id());
            if (count != null && count > 0) {
                slots.add(new SlotInput(null, c.category().id(), count, each));
            }
        }
        return slots;
    }

    public String save() {
        List<SlotInput> slots = slots(getCategories(), fixed, drawn, points);
        Map<String, Set<ReviewPolicy.Part>> shown = new LinkedHashMap<>();
        for (ReviewPolicy.Moment moment : ReviewPolicy.Moment.values()) {
            Set<ReviewPolicy.Part> parts = EnumSet.noneOf(ReviewPolicy.Part.class);
            for (ReviewPolicy.Part part : ReviewPolicy.Part.values()) {
                if (Boolean.TRUE.equals(review.get(moment.name() + "." + part.name()))) {
                    parts.add(part);
                }
            }
            shown.put(moment.name(), parts);
        }
        try {
            if (id == 0) {
                quizzes.create(classId, currentUser.required(), new QuizInput(title, intro, subjectCode, opensAt, closesAt, timeLimitMinutes,
                        attemptsAllowed, gradingMethod, shuffleQuestions, shuffleOptions, shown, slots, published));
            } else if (attempted) {
                QuizDetails was = quizzes.quiz(id, currentUser.required());
                quizzes.update(id, currentUser.required(), new QuizInput(was.title(), was.intro(), subjectCode, opensAt, closesAt,
                        was.timeLimitMinutes(), attemptsAllowed, was.gradingMethod(), was.shuffleQuestions(), was.shuffleOptions(), shown,
                        was.slots(), was.published()));
            } else {
                quizzes.update(id, currentUser.required(), new QuizInput(title, intro, subjectCode, opensAt, closesAt, timeLimitMinutes,
                        attemptsAllowed, gradingMethod, shuffleQuestions, shuffleOptions, shown, slots, published));
            }
        } catch (ConstraintViolationException invalid) {
            invalid.getConstraintViolations().stream().map(v -> v.getMessage()).distinct().forEach(m -> messages.errorAt(null, "classroom.invalid", m));
            return null;
        } catch (QuizException refused) {
            messages.errorAt(null, "quiz.error." + refused.code());
            return null;
        }
        messages.info("quiz.edit.saved");
        messages.acrossRedirect();
        return "/app/class.xhtml?faces-redirect=true&id=" + classId;
    }

    public List<SubjectChoice> getSubjects() {
        if (subjects == null) {
            load();
        }
        return subjects;
    }

    public List<CategoryQuestions> getCategories() {
        if (categories == null) {
            load();
        }
        return categories;
    }

    public List<GradingMethod> getGradingMethods() {
        return List.of(GradingMethod.values());
    }

    public List<ReviewPolicy.Moment> getMoments() {
        return List.of(ReviewPolicy.Moment.values());
    }

    public List<ReviewPolicy.Part> getParts() {
        return List.of(ReviewPolicy.Part.values());
    }

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public boolean isAttempted() { return attempted; }
    public long getClassId() { return classId; }
    public void setClassId(long classId) { this.classId = classId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getIntro() { return intro; }
    public void setIntro(String intro) { this.intro = intro; }
    public String getSubjectCode() { return subjectCode; }
    public void setSubjectCode(String subjectCode) { this.subjectCode = subjectCode; }
    public LocalDateTime getOpensAt() { return opensAt; }
    public void setOpensAt(LocalDateTime opensAt) { this.opensAt = opensAt; }
    public LocalDateTime getClosesAt() { return closesAt; }
    public void setClosesAt(LocalDateTime closesAt) { this.closesAt = closesAt; }
    public Integer getTimeLimitMinutes() { return timeLimitMinutes; }
    public void setTimeLimitMinutes(Integer timeLimitMinutes) { this.timeLimitMinutes = timeLimitMinutes; }
    public int getAttemptsAllowed() { return attemptsAllowed; }
    public void setAttemptsAllowed(int attemptsAllowed) { this.attemptsAllowed = attemptsAllowed; }
    public GradingMethod getGradingMethod() { return gradingMethod; }
    public void setGradingMethod(GradingMethod gradingMethod) { this.gradingMethod = gradingMethod; }
    public boolean isShuffleQuestions() { return shuffleQuestions; }
    public void setShuffleQuestions(boolean shuffleQuestions) { this.shuffleQuestions = shuffleQuestions; }
    public boolean isShuffleOptions() { return shuffleOptions; }
    public void setShuffleOptions(boolean shuffleOptions) { this.shuffleOptions = shuffleOptions; }
    public boolean isPublished() { return published; }
    public void setPublished(boolean published) { this.published = published; }
    public Map<String, Boolean> getReview() { return review; }
    public Map<Long, Boolean> getFixed() { return fixed; }
    public Map<Long, Integer> getDrawn() { return drawn; }
    public Map<Long, BigDecimal> getPoints() { return points; }
}
