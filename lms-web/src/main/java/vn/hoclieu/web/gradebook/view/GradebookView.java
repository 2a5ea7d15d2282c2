package vn.hoclieu.web.gradebook.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.gradebook.ColumnInput;
import vn.hoclieu.core.gradebook.ColumnKind;
import vn.hoclieu.core.gradebook.CompetenceAspect;
import vn.hoclieu.core.gradebook.CompetenceInput;
import vn.hoclieu.core.gradebook.CompetenceRating;
import vn.hoclieu.core.gradebook.CompetenceSheet;
import vn.hoclieu.core.gradebook.GradeSheet;
import vn.hoclieu.core.gradebook.GradebookAccessDeniedException;
import vn.hoclieu.core.gradebook.GradebookConflictException;
import vn.hoclieu.core.gradebook.GradebookException;
import vn.hoclieu.core.gradebook.GradebookNotFoundException;
import vn.hoclieu.core.gradebook.GradebookService;
import vn.hoclieu.core.gradebook.InvalidMarksException;
import vn.hoclieu.core.gradebook.MarkInput;
import vn.hoclieu.core.gradebook.Term;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.gradebook.GradebookTerms;
import vn.hoclieu.web.i18n.PageMessages;
import vn.hoclieu.web.material.view.ContributorPage;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The gradebook page of one subject of a class for a term: the subject's teacher adds paper-test
 * columns and types marks (a score with a comma or a point, or a rating chosen from a list) and
 * saves them all at once; bad cells stay as typed, marked with their message, and nothing is saved.
 * Readers (homeroom teacher, admins) see the same grid without inputs. Primary classes add the
 * qualities and competences, which the homeroom teacher rates. Anyone else: 404.
 */
@Named
@ViewScoped
public class GradebookView implements Serializable {

    @Inject
    GradebookService gradebook;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    @Inject
    GradebookTexts texts;

    private long classId;
    private long subjectId;
    private String term;
    private transient GradeSheet sheet;
    private transient CompetenceSheet competences;

    /** "columnId:pupilId" → the text in the cell (as typed, until saved) */
    private final Map<String, String> cells = new HashMap<>();
    /** "pupilId:aspect" → rating name */
    private final Map<String, String> ratings = new HashMap<>();
    /** "columnId:pupilId" → the message of a refused cell */
    private final Map<String, String> problems = new HashMap<>();
    private ColumnKind newKind;
    private String newTitle;

    public void open() {
        try {
            load();
        } catch (GradebookAccessDeniedException | GradebookNotFoundException e) {
            ContributorPage.refuse(404);
        }
    }

    private void load() {
        Account me = currentUser.required();
        sheet = gradebook.sheet(classId, subjectId, termValue(), me);
        cells.clear();
        for (GradeSheet.Row row : sheet.rows()) {
            row.cells().forEach(c -> cells.put(c.columnId() + ":" + row.pupilId(), texts.cellText(c)));
        }
        competences = null;
        if (sheet.primary()) {
            try {
                competences = gradebook.competences(classId, termValue(), me);
                ratings.clear();
                competences.rows().forEach(r -> r.ratings().forEach((a, v) -> ratings.put(r.pupilId() + ":" + a, v.name())));
            } catch (GradebookAccessDeniedException notTheirs) {
                competences = null;
            }
        }
    }

    public String addColumn() {
        try {
            gradebook.addColumn(classId, subjectId, termValue(), currentUser.required(), new ColumnInput(newKind, newTitle));
        } catch (GradebookException refused) {
            return refused(refused);
        }
        return again();
    }

    public String save() {
        Map<String, String> unreadable = new LinkedHashMap<>();
        List<MarkInput> marks = changedMarks(unreadable);
        problems.clear();
        if (!unreadable.isEmpty()) {
            unreadable.forEach((cell, code) -> problems.put(cell, messages.text("gradebook.mark." + code)));
            messages.errorAt(null, "gradebook.marks.invalid");
            return null;
        }
        if (marks.isEmpty()) {
            return again();
        }
        try {
            gradebook.record(classId, subjectId, termValue(), currentUser.required(), marks);
        } catch (InvalidMarksException invalid) {
            invalid.problems().forEach((cell, code) -> problems.put(cell, messages.text("gradebook.mark." + code)));
            messages.errorAt(null, "gradebook.marks.invalid");
            return null;
        } catch (GradebookException refused) {
            return refused(refused);
        }
        messages.info("gradebook.saved");
        return again();
    }

    /** The cells whose text differs from the stored mark, read as marks; a cell that reads as no mark at all goes to {@code unreadable}. */
    private List<MarkInput> changedMarks(Map<String, String> unreadable) {
        GradeSheet stored = gradebook.sheet(classId, subjectId, termValue(), currentUser.required());
        List<MarkInput> marks = new ArrayList<>();
        for (GradeSheet.Row row : stored.rows()) {
            for (GradeSheet.Column column : stored.columns()) {
                String key = column.id() + ":" + row.pupilId();
                GradeSheet.Cell was = row.cells().stream().filter(c -> c.columnId() == column.id()).findFirst().orElse(null);
                String typed = Objects.requireNonNullElse(cells.get(key), "").strip(); // an emptied input arrives as null
                if (Objects.equals(typed, was == null ? "" : texts.cellText(was))) {
                    continue;
                }
                Long version = was == null ? null : was.version();
                String comment = was == null ? null : was.comment();
                if (isRating(column.kind())) {
                    marks.add(new MarkInput(column.id(), row.pupilId(), null, typed.isEmpty() ? null : typed, comment, version));
                } else {
                    BigDecimal score = typed.isEmpty() ? null : GradebookTexts.parseScore(typed);
                    if (!typed.isEmpty() && score == null) {
                        unreadable.put(key, column.kind() == ColumnKind.END_OF_TERM_TEST ? "test_score" : "score");
                    }
                    marks.add(new MarkInput(column.id(), row.pupilId(), score, null, comment, version));
                }
            }
        }
        return marks;
    }

    public String saveCompetences() {
        List<CompetenceInput> inputs = new ArrayList<>();
        for (CompetenceSheet.Row row : getCompetences().rows()) {
            for (CompetenceAspect aspect : CompetenceAspect.values()) {
                String value = ratings.get(row.pupilId() + ":" + aspect);
                CompetenceRating was = row.ratings().get(aspect);
                CompetenceRating now = value == null || value.isBlank() ? null : CompetenceRating.valueOf(value);
                if (now != was) {
                    inputs.add(new CompetenceInput(row.pupilId(), aspect, now));
                }
            }
        }
        try {
            if (!inputs.isEmpty()) {
                gradebook.rateCompetences(classId, termValue(), currentUser.required(), inputs);
            }
        } catch (GradebookException refused) {
            return refused(refused);
        }
        messages.info("gradebook.saved");
        return again();
    }

    private String refused(GradebookException refused) {
        if (refused instanceof GradebookConflictException conflict) {
            messages.errorAt(null, "gradebook.conflict." + conflict.code());
        } else {
            messages.errorAt(null, "api.forbidden");
        }
        return null;
    }

    private String again() {
        messages.acrossRedirect();
        return "/app/gradebook.xhtml?faces-redirect=true&class=" + classId + "&subject=" + subjectId + "&term=" + termValue();
    }

    /** Whether cells of this kind are chosen from a list of ratings rather than typed as scores. */
    public boolean isRating(ColumnKind kind) {
        return kind == ColumnKind.PASS_FAIL || kind == ColumnKind.MIDTERM_RATING || kind == ColumnKind.END_OF_TERM_RATING;
    }

    public Term termValue() {
        return GradebookTerms.parse(term).orElse(Term.FIRST);
    }

    public GradeSheet getSheet() {
        if (sheet == null) {
            load();
        }
        return sheet;
    }

    public CompetenceSheet getCompetences() {
        if (sheet == null) {
            load();
        }
        return competences;
    }

    public String getExportUrl() {
        return "/api/v1/classes/" + classId + "/gradebook/" + subjectId + "/export.xlsx?term=" + termValue();
    }

    public List<CompetenceAspect> getAspects() {
        return List.of(CompetenceAspect.values());
    }

    public List<CompetenceRating> getCompetenceRatings() {
        return List.of(CompetenceRating.values());
    }

    public boolean invalid(long columnId, long pupilId) {
        return problems.containsKey(columnId + ":" + pupilId);
    }

    public String problem(long columnId, long pupilId) {
        return problems.getOrDefault(columnId + ":" + pupilId, "");
    }

    public Map<String, String> getCells() { return cells; }
    public Map<String, String> getRatings() { return ratings; }
    public long getClassId() { return classId; }
    public void setClassId(long classId) { this.classId = classId; }
    public long getSubjectId() { return subjectId; }
    public void setSubjectId(long subjectId) { this.subjectId = subjectId; }
    public String getTerm() { return term; }
    public void setTerm(String term) { this.term = term; }
    public ColumnKind getNewKind() { return newKind; }
    public void setNewKind(ColumnKind newKind) { this.newKind = newKind; }
    public String getNewTitle() { return newTitle; }
    public void setNewTitle(String newTitle) { this.newTitle = newTitle; }
}
