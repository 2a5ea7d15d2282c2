package vn.hoclieu.core.gradebook.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.account.AccountService;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.core.gradebook.ColumnInput;
import vn.hoclieu.core.gradebook.ColumnKind;
import vn.hoclieu.core.gradebook.ColumnSource;
import vn.hoclieu.core.gradebook.CompetenceInput;
import vn.hoclieu.core.gradebook.CompetenceSheet;
import vn.hoclieu.core.gradebook.GradeSheet;
import vn.hoclieu.core.gradebook.GradebookAccessDeniedException;
import vn.hoclieu.core.gradebook.GradebookConflictException;
import vn.hoclieu.core.gradebook.GradebookNotFoundException;
import vn.hoclieu.core.gradebook.GradebookService;
import vn.hoclieu.core.gradebook.InvalidMarksException;
import vn.hoclieu.core.gradebook.Mark;
import vn.hoclieu.core.gradebook.MarkInput;
import vn.hoclieu.core.gradebook.PupilResults;
import vn.hoclieu.core.gradebook.SourceRef;
import vn.hoclieu.core.gradebook.SubjectAssessment;
import vn.hoclieu.core.gradebook.SubjectEntry;
import vn.hoclieu.core.gradebook.Term;
import vn.hoclieu.core.gradebook.model.CompetenceEntry;
import vn.hoclieu.core.gradebook.model.GradeColumn;
import vn.hoclieu.core.gradebook.model.GradeEntry;
import vn.hoclieu.core.school.SchoolService;
import vn.hoclieu.core.school.model.SchoolClass;
import vn.hoclieu.core.school.model.Subject;
import vn.hoclieu.core.school.model.TeachingAssignment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;

@ApplicationScoped
@Transactional
public class DefaultGradebookService implements GradebookService {

    @Inject
    GradebookRepository gradebook;

    @Inject
    AccountService accounts;

    @Inject
    SchoolService schools;

    @Inject
    GradeSheets sheets;


    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SubjectEntry> subjects(long classId, Account reader) {
        ClassInYear c = classInYear(classId);
        boolean seesAll = isHomeroom(c, reader) || isAdmin(c, reader);
        List<Long> visible = gradebook.teachingOf(classId).stream()
                .filter(t -> seesAll || isSubjectTeacher(t, reader)).map(TeachingAssignment::subjectId).toList();
        return gradebook.subjects(visible).stream()
                .map(s -> new SubjectEntry(s.id(), s.code(), s.name(reader.locale()))).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public GradeSheet sheet(long classId, long subjectId, Term term, Account reader) {
        ClassInYear c = classInYear(classId);
        Optional<TeachingAssignment> teaching = gradebook.teaching(classId, subjectId);
        boolean editable = teaching.isPresent() && isSubjectTeacher(teaching.get(), reader);
        if (!editable && !isHomeroom(c, reader) && !isAdmin(c, reader)) {
            throw new GradebookAccessDeniedException("not a teacher of subject " + subjectId + " in class " + classId);
        }
        Subject subject = teaching.flatMap(t -> gradebook.subject(subjectId))
                .orElseThrow(() -> new GradebookNotFoundException("subject " + subjectId + " is not taught in class " + classId));
        return sheets.sheetOf(c, subject, term, editable, reader.locale(), pupil -> true);
    }

    @Override
    public GradeSheet addColumn(long classId, long subjectId, Term term, Account teacher, ColumnInput input) {
        ClassInYear c = classInYear(classId);
        Subject subject = requireSubjectTeacher(c, subjectId, teacher);
        requireKind(c, subject, term, input.kind(), null);
        String title = input.title() == null || input.title().isBlank() ? defaultTitle(input.kind(), c, subject, term) : input.title().strip();
        gradebook.add(new GradeColumn(classId, subjectId, term, input.kind(), ColumnSource.MANUAL, null,
                title.substring(0, Math.min(200, title.length())), teacher.id()));
        return sheets.sheetOf(c, subject, term, true, teacher.locale(), pupil -> true);
    }

    @Override
    public GradeSheet record(long classId, long subjectId, Term term, Account teacher, List<MarkInput> marks) {
        ClassInYear c = classInYear(classId);
        Subject subject = requireSubjectTeacher(c, subjectId, teacher);
        Map<Long, GradeColumn> columns = new LinkedHashMap<>();
        gradebook.columns(classId, subjectId, term).forEach(col -> columns.put(col.id(), col));
        Map<String, String> problems = new LinkedHashMap<>();
        Set<Long> pupils = c.schoolClass().pupilIds();
        for (MarkInput input : marks) {
            GradeColumn column = columns.get(input.columnId());
            problemOf(column == null ? null : column.kind(), pupils.contains(input.pupilId()), input.mark())
                    .ifPresent(code -> problems.put(input.cell(), code));
        }
        if (!problems.isEmpty()) {
            throw new InvalidMarksException(problems);
        }
        marks.forEach(this::requireCurrentVersion);
        try {
            marks.forEach(m -> write(m.columnId(), m.pupilId(), m.mark(), teacher.id()));
            gradebook.flush();
        } catch (jakarta.persistence.PersistenceException raced) {
            // someone saved the same cell between our check and our write (version or new row)
            throw new GradebookConflictException("stale_mark");
        }
        return sheets.sheetOf(c, subject, term, true, teacher.locale(), pupil -> true);
    }

    @Override
    public void deleteColumn(long columnId, Account teacher) {
        GradeColumn column = gradebook.column(columnId).orElseThrow(() -> new GradebookNotFoundException("no column " + columnId));
        requireSubjectTeacher(classInYear(column.classId()), column.subjectId(), teacher);
        if (column.source() != ColumnSource.MANUAL) {
            throw new GradebookConflictException("not_manual");
        }
        gradebook.remove(column); // its marks go with it (ON DELETE CASCADE)
    }

    @Override
    public long recordFromSource(SourceRef source, long classId, long subjectId, Term term, ColumnKind kind, String title,
                                 Map<Long, Mark> marks) {
        ClassInYear c = classInYear(classId);
        TeachingAssignment teaching = gradebook.teaching(classId, subjectId)
                .orElseThrow(() -> new GradebookNotFoundException("subject " + subjectId + " is not taught in class " + classId));
        Subject subject = gradebook.subject(teaching.subjectId()).orElseThrow();
        Optional<GradeColumn> existing = gradebook.columnOf(classId, subjectId, source.source(), source.id());
        if (existing.isEmpty()) {
            // Pupils handing in a quiz at the same moment would each create its column (and all but one
            // fail on the unique key): the class's teaching row serialises the creators, and the locking
            // read then sees a column another one committed meanwhile.
            gradebook.lockTeaching(classId, subjectId);
            existing = gradebook.columnOfCommitted(classId, subjectId, source.source(), source.id());
        }
        requireKind(c, subject, term, kind, existing.map(GradeColumn::id).orElse(null));
        Map<String, String> problems = new LinkedHashMap<>();
        Set<Long> pupils = c.schoolClass().pupilIds();
        marks.forEach((pupil, mark) -> problemOf(kind, pupils.contains(pupil), mark).ifPresent(code -> problems.put(Long.toString(pupil), code)));
        if (!problems.isEmpty()) {
            throw new InvalidMarksException(problems);
        }
        String shown = title == null || title.isBlank() ? defaultTitle(kind, c, subject, term) : title.strip();
        shown = shown.substring(0, Math.min(200, shown.length()));
        GradeColumn column;
        if (existing.isPresent()) {
            column = existing.get();
            column.update(term, kind, shown);
        } else {
            column = new GradeColumn(classId, subjectId, term, kind, source.source(), source.id(), shown, null);
            gradebook.add(column);
        }
        long columnId = column.id();
        marks.forEach((pupil, mark) -> write(columnId, pupil, mark, null));
        return columnId;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public CompetenceSheet competences(long classId, Term term, Account reader) {
        ClassInYear c = primaryClass(classId);
        boolean homeroom = isHomeroom(c, reader);
        if (!homeroom && !isAdmin(c, reader) && !(reader.has(Role.TEACHER) && schools.teaches(reader.id(), classId))) {
            throw new GradebookAccessDeniedException("not a teacher of class " + classId);
        }
        return sheets.competenceSheet(c, term, homeroom, pupil -> true);
    }

    @Override
    public CompetenceSheet rateCompetences(long classId, Term term, Account teacher, List<CompetenceInput> ratings) {
        ClassInYear c = primaryClass(classId);
        if (!isHomeroom(c, teacher)) {
            throw new GradebookAccessDeniedException("only the homeroom teacher rates competences");
        }
        Set<Long> pupils = c.schoolClass().pupilIds();
        Map<String, String> problems = new LinkedHashMap<>();
        ratings.stream().filter(r -> !pupils.contains(r.pupilId()) || r.aspect() == null)
                .forEach(r -> problems.put(r.pupilId() + ":" + r.aspect(), r.aspect() == null ? "aspect" : "not_in_class"));
        if (!problems.isEmpty()) {
            throw new InvalidMarksException(problems);
        }
        for (CompetenceInput r : ratings) {
            Optional<CompetenceEntry> stored = gradebook.competence(classId, r.pupilId(), term, r.aspect());
            if (r.rating() == null) {
                stored.ifPresent(gradebook::remove);
            } else {
                CompetenceEntry entry = stored.orElseGet(() -> new CompetenceEntry(classId, r.pupilId(), term, r.aspect()));
                entry.rate(r.rating(), teacher.id());
                if (stored.isEmpty()) {
                    gradebook.add(entry);
                }
            }
        }
        return sheets.competenceSheet(c, term, true, pupil -> true);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public PupilResults resultsOf(Account pupil, Term term) {
        if (!pupil.has(Role.STUDENT)) {
            throw new GradebookAccessDeniedException("results are a pupil's own");
        }
        long classId = schools.classOf(pupil.id()).orElseThrow(() -> new GradebookNotFoundException("not enrolled")).id();
        ClassInYear c = classInYear(classId);
        LongPredicate own = id -> id == pupil.id();
        List<Long> taught = gradebook.teachingOf(classId).stream().map(TeachingAssignment::subjectId).toList();
        List<GradeSheet> subjects = gradebook.subjects(taught).stream()
                .map(s -> sheets.sheetOf(c, s, term, false, pupil.locale(), own)).toList();
        CompetenceSheet.Row competences = c.schoolClass().grade() <= 5
                ? sheets.competenceSheet(c, term, false, own).rows().stream().findFirst().orElse(null) : null;
        return new PupilResults(pupil.id(), pupil.displayName(), c.schoolClass().name(), c.year().name(), term, subjects, competences);
    }


    private static Optional<String> problemOf(ColumnKind kind, boolean inClass, Mark mark) {
        if (kind == null) {
            return Optional.of("unknown_column");
        }
        if (!inClass) {
            return Optional.of("not_in_class");
        }
        return SubjectAssessment.problemOf(kind, mark);
    }

    private void requireCurrentVersion(MarkInput input) {
        gradebook.entry(input.columnId(), input.pupilId()).ifPresent(stored -> {
            if (input.version() != null && input.version() != stored.version()) {
                throw new GradebookConflictException("stale_mark");
            }
        });
    }

    /** Writes a mark; an empty one without a comment removes the entry. */
    private void write(long columnId, long pupilId, Mark mark, Long by) {
        Optional<GradeEntry> stored = gradebook.entry(columnId, pupilId);
        if (mark.empty() && (mark.comment() == null || mark.comment().isBlank())) {
            stored.ifPresent(gradebook::remove);
            return;
        }
        GradeEntry entry = stored.orElseGet(() -> new GradeEntry(columnId, pupilId));
        entry.record(mark, by);
        if (stored.isEmpty()) {
            gradebook.add(entry);
        }
    }

    /** The kind must be one this subject uses, and a single-column kind (the mid-term) not taken by another column. */
    private void requireKind(ClassInYear c, Subject subject, Term term, ColumnKind kind, Long exceptColumn) {
        if (kind == null || !SubjectAssessment.of(c.schoolClass().grade(), subject.code()).kinds().contains(kind)) {
            throw new GradebookConflictException("kind_not_allowed");
        }
        if (kind.single() && gradebook.columns(c.id(), subject.id(), term).stream()
                .anyMatch(col -> col.kind() == kind && !Objects.equals(col.id(), exceptColumn))) {
            throw new GradebookConflictException("column_exists");
        }
    }

    /** A column without a title is named after its kind and number, as the books number their columns: "TX3". */
    private String defaultTitle(ColumnKind kind, ClassInYear c, Subject subject, Term term) {
        long same = gradebook.columns(c.id(), subject.id(), term).stream().filter(col -> col.kind() == kind).count();
        return switch (kind) {
            case REGULAR -> "TX" + (same + 1);
            case PASS_FAIL -> "ĐG" + (same + 1);
            case MIDTERM -> "GK";
            case END_OF_TERM -> "CK";
            case MIDTERM_RATING -> "Giữa kỳ";
            case END_OF_TERM_RATING -> "Cuối kỳ";
            case END_OF_TERM_TEST -> "KTĐK";
        };
    }

    private Subject requireSubjectTeacher(ClassInYear c, long subjectId, Account teacher) {
        TeachingAssignment teaching = gradebook.teaching(c.id(), subjectId)
                .filter(t -> isSubjectTeacher(t, teacher))
                .orElseThrow(() -> new GradebookAccessDeniedException("only the subject's teacher edits its gradebook"));
        return gradebook.subject(teaching.subjectId()).orElseThrow();
    }

    private ClassInYear classInYear(long classId) {
        SchoolClass c = gradebook.schoolClass(classId).orElseThrow(() -> new GradebookNotFoundException("no class " + classId));
        return new ClassInYear(c, gradebook.yearOf(c));
    }

    private ClassInYear primaryClass(long classId) {
        ClassInYear c = classInYear(classId);
        if (c.schoolClass().grade() > 5) {
            throw new GradebookNotFoundException("competences are rated in primary classes");
        }
        return c;
    }

    private static boolean isSubjectTeacher(TeachingAssignment t, Account person) {
        return person.has(Role.TEACHER) && t.teacherId() == person.id();
    }

    private static boolean isHomeroom(ClassInYear c, Account person) {
        return person.has(Role.TEACHER) && Objects.equals(c.schoolClass().homeroomTeacherId(), person.id());
    }

    private static boolean isAdmin(ClassInYear c, Account person) {
        return person.has(Role.SCHOOL_ADMIN) && Objects.equals(person.schoolId(), c.year().schoolId());
    }
}
