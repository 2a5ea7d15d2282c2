package vn.hoclieu.web.gradebook.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.core.gradebook.CompetenceAspect;
import vn.hoclieu.core.gradebook.GradeSheet;
import vn.hoclieu.core.gradebook.GradebookException;
import vn.hoclieu.core.gradebook.GradebookService;
import vn.hoclieu.core.gradebook.PupilResults;
import vn.hoclieu.core.gradebook.Term;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.gradebook.GradebookTerms;
import vn.hoclieu.web.material.view.ContributorPage;

import java.io.Serializable;
import java.util.List;

/** A pupil's own results for a term, every subject of their class on one page (404 for anyone but a pupil with a class). */
@Named
@ViewScoped
public class ResultsView implements Serializable {

    @Inject
    GradebookService gradebook;

    @Inject
    CurrentUser currentUser;

    @Inject
    GradebookTexts texts;

    private String term;
    private transient PupilResults results;

    public void open() {
        try {
            results = gradebook.resultsOf(currentUser.required(), termValue());
        } catch (GradebookException notAPupil) {
            ContributorPage.refuse(404);
        }
    }

    /** The pupil's mark in a column, as words. */
    public String mark(GradeSheet sheet, GradeSheet.Column column) {
        return sheet.rows().isEmpty() ? "" : sheet.rows().get(0).cells().stream().filter(c -> c.columnId() == column.id()).findFirst()
                .map(c -> c.score() != null ? texts.score(c.score()) : texts.rating(c.rating())).orElse("—");
    }

    public String comment(GradeSheet sheet, GradeSheet.Column column) {
        return sheet.rows().isEmpty() ? "" : sheet.rows().get(0).cells().stream().filter(c -> c.columnId() == column.id()).findFirst()
                .map(GradeSheet.Cell::comment).orElse(null);
    }

    public String result(GradeSheet sheet) {
        return sheet.rows().isEmpty() ? "" : texts.result(sheet.rows().get(0).result());
    }

    public Term termValue() {
        return GradebookTerms.parse(term).orElse(Term.FIRST);
    }

    public PupilResults getResults() {
        if (results == null) {
            open();
        }
        return results;
    }

    public List<CompetenceAspect> getAspects() {
        return List.of(CompetenceAspect.values());
    }

    public String getTerm() { return term; }
    public void setTerm(String term) { this.term = term; }
}
