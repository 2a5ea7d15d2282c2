package vn.hoclieu.core.gradebook;

import java.util.List;
import java.util.Map;

/** The qualities and competences of a primary class's pupils for a term; the homeroom teacher edits. */
public record CompetenceSheet(long classId, String className, Term term, boolean editable, List<Row> rows) {

    public record Row(long pupilId, String pupilName, Map<CompetenceAspect, CompetenceRating> ratings) {
    }
}
