package vn.hoclieu.core.course;

import vn.hoclieu.core.course.model.Audience;
import vn.hoclieu.core.course.model.CourseLevel;

/** Filters of the public catalogue (all optional; text matches title and description without regard to accents) and the page (from 0). */
public record CourseQuery(String text, String subjectCode, CourseLevel level, Audience audience, int page, int size) {
}
