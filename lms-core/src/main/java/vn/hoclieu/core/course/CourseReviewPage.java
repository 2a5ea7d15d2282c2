package vn.hoclieu.core.course;

import java.util.List;

/** A published course's rating and its latest visible reviews, newest first. */
public record CourseReviewPage(long courseId, CourseRating rating, List<PublicReview> latest) {
}
