package vn.hoclieu.web.course.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.content.catalogue.CatalogueQuery;
import vn.hoclieu.content.catalogue.CatalogueService;
import vn.hoclieu.content.material.MaterialService;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.course.CourseOutline;
import vn.hoclieu.core.course.CourseService;
import vn.hoclieu.core.assignment.SubmissionKind;
import vn.hoclieu.core.course.AssignmentUnitInput;
import vn.hoclieu.core.course.ModuleInput;
import vn.hoclieu.core.course.SyllabusChange;
import vn.hoclieu.core.course.UnitInput;
import vn.hoclieu.core.course.model.UnitKind;
import vn.hoclieu.core.quiz.QuestionBankService;
import vn.hoclieu.core.quiz.QuizInput;
import vn.hoclieu.core.quiz.SlotInput;
import vn.hoclieu.core.quiz.model.GradingMethod;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.i18n.PageMessages;
import vn.hoclieu.web.quiz.view.QuizEditView;
import vn.hoclieu.web.quiz.view.QuizEditView.CategoryQuestions;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The syllabus part of app/course-edit.xhtml: modules added at the end of the course, and units at
 * the end of a module — a reading (rich text), a published repository material (the teacher's own
 * published ones, then the catalogue's in the course's subject) or a quiz whose questions come from
 * the teacher's bank categories, picked as on the quiz page.
 */
@Named
@ViewScoped
public class SyllabusEditView implements Serializable {

    /** A published material a unit may point to. */
    public record MaterialChoice(long id, String title) implements Serializable {
    }

    private static final int CATALOGUE_CHOICES = 50;

    @Inject
    CourseEditView editor;

    @Inject
    CourseService courses;

    @Inject
    MaterialService materials;

    @Inject
    CatalogueService catalogue;

    @Inject
    QuestionBankService bank;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private String moduleTitle;
    private long moduleId;
    private UnitKind kind = UnitKind.PAGE;
    private String unitTitle;
    private int minutes = 10;
    private String html;
    private String instructions;
    private SubmissionKind submissionKind = SubmissionKind.TEXT_AND_FILES;
    private Long materialId;
    private int attemptsAllowed;
    private final Map<Long, Boolean> fixed = new HashMap<>();
    private final Map<Long, Integer> drawn = new HashMap<>();
    private final Map<Long, BigDecimal> points = new HashMap<>();
    private final Map<Long, String> moduleTitles = new HashMap<>();
    private transient List<MaterialChoice> materialChoices;
    private transient List<CategoryQuestions> categories;

    public String addModule() {
        Account me = currentUser.required();
        return saved(editor.attempt(() -> courses.addModule(editor.getId(), me, new ModuleInput(moduleTitle))), "course.edit.moduleAdded");
    }

    public String addUnit() {
        Account me = currentUser.required();
        UnitInput unit = new UnitInput(kind, unitTitle, minutes, kind == UnitKind.MATERIAL ? materialId : null,
                kind == UnitKind.PAGE ? html : null, kind == UnitKind.QUIZ ? quiz() : null,
                kind == UnitKind.ASSIGNMENT ? new AssignmentUnitInput(instructions, submissionKind, null, null) : null);
        return saved(editor.attempt(() -> courses.addUnit(editor.getId(), moduleId, me, unit)), "course.edit.unitAdded");
    }

    public String renameModule(long module) {
        return changed(new SyllabusChange.RenameModule(module, new ModuleInput(moduleTitles.get(module))));
    }

    public String removeModule(long module) {
        return changed(new SyllabusChange.RemoveModule(module));
    }

    public String moveModule(long module, boolean up) {
        return changed(new SyllabusChange.MoveModule(module, up));
    }

    public String removeUnit(long unit) {
        return changed(new SyllabusChange.RemoveUnit(unit));
    }

    public String moveUnit(long unit, boolean up) {
        return changed(new SyllabusChange.MoveUnit(unit, up));
    }

    private String changed(SyllabusChange change) {
        Account me = currentUser.required();
        return saved(editor.attempt(() -> courses.changeSyllabus(editor.getId(), me, change)), "course.edit.changed");
    }

    /** Module id → its title as the rename field shows it (the saved title until changed). */
    public Map<Long, String> getModuleTitles() {
        if (moduleTitles.isEmpty() && editor.getCourse() != null) {
            editor.getCourse().modules().forEach(m -> moduleTitles.put(m.id(), m.title()));
        }
        return moduleTitles;
    }

    /** A course's quiz: open while the course is, any number of attempts unless limited, in the course's subject. */
    private QuizInput quiz() {
        List<SlotInput> slots = QuizEditView.slots(getCategories(), fixed, drawn, points);
        return new QuizInput(unitTitle, "", editor.getCourse().subjectCode(), null, null, null, attemptsAllowed, GradingMethod.HIGHEST,
                false, false, Map.of(), slots, true);
    }

    /** After a change the page is fetched afresh (an empty form); a refusal keeps what was typed. */
    private String saved(CourseOutline now, String message) {
        if (now == null) {
            return null;
        }
        messages.info(message);
        messages.acrossRedirect();
        return "/app/course-edit.xhtml?faces-redirect=true&id=" + now.id();
    }

    public List<MaterialChoice> getMaterialChoices() {
        if (materialChoices == null) {
            Map<Long, MaterialChoice> choices = new LinkedHashMap<>();
            materials.mine(currentUser.required().id()).stream()
                    .filter(m -> m.publishedVersion() != null && !m.type().isCarrier())
                    .forEach(m -> choices.put(m.id(), new MaterialChoice(m.id(), m.title())));
            catalogue.published(new CatalogueQuery(editor.getCourse().subjectCode(), null, null, null, 0, CATALOGUE_CHOICES)).entries().stream()
                    .filter(e -> !e.type().isCarrier())
                    .forEach(e -> choices.putIfAbsent(e.materialId(), new MaterialChoice(e.materialId(), e.title())));
            materialChoices = List.copyOf(choices.values());
        }
        return materialChoices;
    }

    public List<CategoryQuestions> getCategories() {
        if (categories == null) {
            Account me = currentUser.required();
            categories = bank.categories(me).stream().map(c -> new CategoryQuestions(c, bank.questions(c.id(), me))).toList();
            categories.forEach(c -> points.putIfAbsent(c.category().id(), BigDecimal.ONE));
        }
        return categories;
    }

    public List<UnitKind> getKinds() { return List.of(UnitKind.values()); }

    public String getModuleTitle() { return moduleTitle; }
    public void setModuleTitle(String moduleTitle) { this.moduleTitle = moduleTitle; }
    public long getModuleId() { return moduleId; }
    public void setModuleId(long moduleId) { this.moduleId = moduleId; }
    public UnitKind getKind() { return kind; }
    public void setKind(UnitKind kind) { this.kind = kind; }
    public String getUnitTitle() { return unitTitle; }
    public void setUnitTitle(String unitTitle) { this.unitTitle = unitTitle; }
    public int getMinutes() { return minutes; }
    public void setMinutes(int minutes) { this.minutes = minutes; }
    public String getInstructions() { return instructions; }
    public void setInstructions(String instructions) { this.instructions = instructions; }
    public SubmissionKind getSubmissionKind() { return submissionKind; }
    public void setSubmissionKind(SubmissionKind submissionKind) { this.submissionKind = submissionKind; }
    public List<SubmissionKind> getSubmissionKinds() { return List.of(SubmissionKind.values()); }
    public String getHtml() { return html; }
    public void setHtml(String html) { this.html = html; }
    public Long getMaterialId() { return materialId; }
    public void setMaterialId(Long materialId) { this.materialId = materialId; }
    public int getAttemptsAllowed() { return attemptsAllowed; }
    public void setAttemptsAllowed(int attemptsAllowed) { this.attemptsAllowed = attemptsAllowed; }
    public Map<Long, Boolean> getFixed() { return fixed; }
    public Map<Long, Integer> getDrawn() { return drawn; }
    public Map<Long, BigDecimal> getPoints() { return points; }
}
