package vn.hoclieu.core.gradebook;

import vn.hoclieu.core.account.Account;

import java.util.List;
import java.util.Map;

/**
 * The gradebook of a class per subject and term, and the competences sheet of primary classes.
 * Who: the subject's teacher in the class edits its sheet; the class's homeroom teacher reads every
 * subject of the class and edits its competences; admins of the school read; a pupil sees only their
 * own results ({@link #resultsOf}). Anyone else gets {@link GradebookAccessDeniedException}. The
 * transaction boundary; a batch of marks is saved whole or not at all.
 */
public interface GradebookService {

    /** The class's subjects whose gradebook the reader may open (none for pupils). */
    List<SubjectEntry> subjects(long classId, Account reader);

    GradeSheet sheet(long classId, long subjectId, Term term, Account reader);

    /** A paper-test column. @throws GradebookConflictException column_exists, kind_not_allowed */
    GradeSheet addColumn(long classId, long subjectId, Term term, Account teacher, ColumnInput column);

    /** @throws InvalidMarksException with a code per bad cell; nothing saved */
    GradeSheet record(long classId, long subjectId, Term term, Account teacher, List<MarkInput> marks);

    /** Deletes a manual column and its marks. @throws GradebookConflictException not_manual */
    void deleteColumn(long columnId, Account teacher);

    /**
     * Writes the column of an assignment's or quiz's released grades, creating it the first time and
     * updating it (title, kind, term, the given pupils' marks) on every later call: calling again with
     * the same arguments changes nothing. An empty mark clears that pupil's. Answers the column's id.
     *
     * @throws InvalidMarksException     for a bad mark or a pupil not in the class
     * @throws GradebookConflictException kind_not_allowed, column_exists
     */
    long recordFromSource(SourceRef source, long classId, long subjectId, Term term, ColumnKind kind, String title,
                          Map<Long, Mark> marks);

    CompetenceSheet competences(long classId, Term term, Account reader);

    CompetenceSheet rateCompetences(long classId, Term term, Account homeroomTeacher, List<CompetenceInput> ratings);

    /** The signed-in pupil's own results in their current class. */
    PupilResults resultsOf(Account pupil, Term term);
}
