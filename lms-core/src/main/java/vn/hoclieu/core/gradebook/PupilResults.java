package vn.hoclieu.core.gradebook;

import java.util.List;

/** A pupil's own results for a term: every subject of their class (their row only) and, in primary school, their competences. */
public record PupilResults(long pupilId, String pupilName, String className, String schoolYear, Term term,
                           List<GradeSheet> subjects, CompetenceSheet.Row competences) {
}
