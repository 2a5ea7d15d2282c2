package vn.hoclieu.core.gradebook.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.hoclieu.core.account.AccountService;
import vn.hoclieu.core.gradebook.ClassList;
import vn.hoclieu.core.gradebook.CompetenceAspect;
import vn.hoclieu.core.gradebook.CompetenceRating;
import vn.hoclieu.core.gradebook.CompetenceSheet;
import vn.hoclieu.core.gradebook.GradeSheet;
import vn.hoclieu.core.gradebook.ScoredSubjectTerm;
import vn.hoclieu.core.gradebook.SubjectAssessment;
import vn.hoclieu.core.gradebook.SubjectResult;
import vn.hoclieu.core.gradebook.Term;
import vn.hoclieu.core.gradebook.model.CompetenceEntry;
import vn.hoclieu.core.gradebook.model.GradeColumn;
import vn.hoclieu.core.gradebook.model.GradeEntry;
import vn.hoclieu.core.school.model.Subject;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * Reads a gradebook sheet or a competences sheet as pages and the API show it: the columns, a row
 * per pupil in class-list order with the computed result (and the year average on term II), only
 * the rows the caller may see. Who may see them is the service's question, not this one's.
 */
@ApplicationScoped
class GradeSheets {

    @Inject
    GradebookRepository gradebook;

    @Inject
    AccountService accounts;
    GradeSheet sheetOf(ClassInYear c, Subject subject, Term term, boolean editable, String locale, LongPredicate shownPupil) {
        SubjectAssessment assessment = SubjectAssessment.of(c.schoolClass().grade(), subject.code());
        List<GradeColumn> columns = gradebook.columns(c.id(), subject.id(), term);
        Map<String, GradeEntry> entries = new HashMap<>();
        gradebook.entries(columns.stream().map(GradeColumn::id).toList()).forEach(e -> entries.put(e.columnId() + ":" + e.pupilId(), e));
        Map<Long, String> names = accounts.displayNames(c.schoolClass().pupilIds());
        Map<Long, BigDecimal> firstTerm = term == Term.SECOND && !assessment.commented()
                ? firstTermAverages(c, subject, assessment, names.keySet()) : Map.of();
        List<GradeSheet.Row> rows = new ArrayList<>();
        for (long pupil : ClassList.ordered(names)) {
            if (shownPupil.test(pupil)) {
                GradeSheet.Row row = rowOf(pupil, names.get(pupil), assessment, columns, entries);
                BigDecimal first = firstTerm.get(pupil);
                BigDecimal second = row.result().average();
                rows.add(first == null || second == null ? row : new GradeSheet.Row(row.pupilId(), row.pupilName(), row.cells(), row.result(),
                        ScoredSubjectTerm.yearAverage(first, second)));
            }
        }
        String schoolName = gradebook.school(c.year().schoolId()).name();
        return new GradeSheet(c.id(), c.schoolClass().name(), c.schoolClass().grade(), schoolName, c.year().name(),
                subject.id(), subject.code(), subject.name(locale), term, assessment.primary(), assessment.commented(), editable,
                assessment.kinds(), columns.stream().map(GradeSheets::shown).toList(), rows);
    }

    /** Term I averages of a scored subject, for the year average on the term II sheet (pupils without one are left out). */
    private Map<Long, BigDecimal> firstTermAverages(ClassInYear c, Subject subject, SubjectAssessment assessment, Set<Long> pupils) {
        List<GradeColumn> columns = gradebook.columns(c.id(), subject.id(), Term.FIRST);
        Map<String, GradeEntry> entries = new HashMap<>();
        gradebook.entries(columns.stream().map(GradeColumn::id).toList()).forEach(e -> entries.put(e.columnId() + ":" + e.pupilId(), e));
        Map<Long, BigDecimal> averages = new HashMap<>();
        for (long pupil : pupils) {
            BigDecimal average = rowOf(pupil, "", assessment, columns, entries).result().average();
            if (average != null) {
                averages.put(pupil, average);
            }
        }
        return averages;
    }

    private static GradeSheet.Row rowOf(long pupil, String name, SubjectAssessment assessment, List<GradeColumn> columns,
                                        Map<String, GradeEntry> entries) {
        List<GradeSheet.Cell> cells = new ArrayList<>();
        List<SubjectResult.Marked> marks = new ArrayList<>();
        for (GradeColumn column : columns) {
            GradeEntry e = entries.get(column.id() + ":" + pupil);
            if (e != null) {
                cells.add(new GradeSheet.Cell(column.id(), e.score(), e.rating(), e.comment(), e.version()));
            }
            marks.add(new SubjectResult.Marked(column.kind(), e == null ? null : e.mark()));
        }
        return new GradeSheet.Row(pupil, name, cells, SubjectResult.of(assessment, marks), null);
    }

    private static GradeSheet.Column shown(GradeColumn c) {
        return new GradeSheet.Column(c.id(), c.kind(), c.source(), c.sourceId(), c.title());
    }

    CompetenceSheet competenceSheet(ClassInYear c, Term term, boolean editable, LongPredicate shownPupil) {
        Map<Long, Map<CompetenceAspect, CompetenceRating>> ratings = new HashMap<>();
        for (CompetenceEntry e : gradebook.competences(c.id(), term)) {
            ratings.computeIfAbsent(e.pupilId(), p -> new EnumMap<>(CompetenceAspect.class)).put(e.aspect(), e.rating());
        }
        Map<Long, String> names = accounts.displayNames(c.schoolClass().pupilIds());
        List<CompetenceSheet.Row> rows = ClassList.ordered(names).stream().filter(shownPupil::test)
                .map(p -> new CompetenceSheet.Row(p, names.get(p), ratings.getOrDefault(p, Map.of()))).toList();
        return new CompetenceSheet(c.id(), c.schoolClass().name(), term, editable, rows);
    }
}
