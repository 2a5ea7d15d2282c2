package vn.hoclieu.core.course;

import vn.hoclieu.core.course.model.Audience;
import vn.hoclieu.core.course.model.CourseLevel;

import java.math.BigDecimal;

/** A published course as the public catalogue lists it; ratings are learners' (hidden reviews excluded). */
public record CourseCard(long id, String title, String summary, String subjectCode, CourseLevel level, Audience audience,
                         BigDecimal estimatedHours, String licence, String authors, boolean hasCover, BigDecimal ratingAverage, long ratingCount,
                         long carrierMaterialId) {
}
