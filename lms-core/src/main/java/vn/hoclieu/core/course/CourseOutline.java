package vn.hoclieu.core.course;

import vn.hoclieu.core.course.model.Audience;
import vn.hoclieu.core.course.model.CourseLevel;
import vn.hoclieu.core.course.model.UnitKind;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A course with its syllabus as a reader sees it. {@code reviewStatus} is the carrier material's
 * status (null before the first submission); {@code published}: in the public catalogue.
 * {@code hasCover}: a picture at {@code /api/v1/courses/{id}/cover}. {@code quizId} and {@code materialId} let the player open a unit; {@code html} is sanitized.
 */
public record CourseOutline(long id, String title, String description, String subjectCode, CourseLevel level, Audience audience,
                            BigDecimal estimatedHours, String licence, Instant startsAt, Instant endsAt, int passPercent,
                            List<Author> authors, Long carrierMaterialId, String reviewStatus, boolean published, boolean hasCover,
                            int totalMinutes, List<Module> modules) {

    public record Author(long id, String name) {
    }

    public record Module(long id, int position, String title, List<Unit> units) {
    }

    public record Unit(long id, int position, UnitKind kind, String title, int minutes, Long materialId, String html, Long quizId,
                       Long assignmentId) {
    }

    public List<Unit> units() {
        return modules.stream().flatMap(m -> m.units().stream()).toList();
    }
}
