package vn.hoclieu.core.course;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * CDI event, fired once per enrolment in the transaction that completes it (the author's rule met).
 * Certificates observe it.
 */
public record CourseCompleted(long enrolmentId, long courseId, long learnerAccountId, String courseTitle, BigDecimal estimatedHours,
                              Instant completedAt) {
}
