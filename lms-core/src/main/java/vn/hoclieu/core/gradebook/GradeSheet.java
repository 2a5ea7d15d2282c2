package vn.hoclieu.core.gradebook;

import java.math.BigDecimal;
import java.util.List;

/**
 * One subject's gradebook of a class for a term: the columns, a row per pupil with their marks and
 * computed result. A pupil's own sheet holds their row only.
 *
 * @param editable whether the reader may add columns and type marks (the subject's teacher)
 * @param kinds    the kinds of column this subject's sheet may hold
 */
public record GradeSheet(long classId, String className, int grade, String schoolName, String schoolYear,
                         long subjectId, String subjectCode, String subjectName, Term term,
                         boolean primary, boolean commented, boolean editable, List<ColumnKind> kinds,
                         List<Column> columns, List<Row> rows) {

    public record Column(long id, ColumnKind kind, ColumnSource source, Long sourceId, String title) {
    }

    /** A stored mark; {@code version} goes back with a change so that a newer save is not overwritten. */
    public record Cell(long columnId, BigDecimal score, String rating, String comment, long version) {
    }

    /**
     * A pupil's marks and result; on a secondary scored subject's term II sheet also the year average
     * ĐTBmcn = (ĐTBmhkI + 2·ĐTBmhkII) / 3 when both terms have an average (null otherwise).
     */
    public record Row(long pupilId, String pupilName, List<Cell> cells, SubjectResult result, BigDecimal yearAverage) {
    }
}
