package vn.hoclieu.core.course;

import vn.hoclieu.core.course.model.EnrolmentStatus;

/** A course in the learner's "Khoá học của tôi". */
public record EnrolledCourse(long courseId, String title, EnrolmentStatus status, int percent) {
}
