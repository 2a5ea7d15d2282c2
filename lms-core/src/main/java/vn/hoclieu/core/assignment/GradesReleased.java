package vn.hoclieu.core.assignment;

import java.time.Instant;

/**
 * CDI event, fired in the releasing transaction: an assignment's grades became visible to its
 * pupils — when the teacher releases them, and again whenever a grade is saved after release. The
 * gradebook takes the marks with {@link AssignmentService#releasedMarks}; taking them twice is harmless.
 */
public record GradesReleased(long assignmentId, long classId, long subjectId, String title, Instant dueAt) {
}
