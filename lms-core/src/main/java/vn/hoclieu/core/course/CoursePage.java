package vn.hoclieu.core.course;

import java.util.List;

/** One page of the public catalogue. */
public record CoursePage(List<CourseCard> entries, long total, int page, int size) {
}
