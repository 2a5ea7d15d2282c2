package vn.hoclieu.core.course;

import java.math.BigDecimal;

/** Learners' average stars (null when nobody rated) and how many rated; hidden reviews excluded. */
public record CourseRating(BigDecimal average, long count) {

    public static final CourseRating NONE = new CourseRating(null, 0);
}
